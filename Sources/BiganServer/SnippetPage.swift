import BiganLibrary

/// What the 片段 page shows: the snippet, its sources, its neighbours and its annotations.
enum SnippetPage {
    static func values(_ detail: SnippetDetail) -> [String: Any] {
        var values: [String: Any] = [
            "id": String(detail.id), "kind": PageValues.kindNames[detail.kind] ?? detail.kind.rawValue,
            "text": detail.text, "headingPath": detail.headingPath.joined(separator: " › "),
            "characters": detail.characterCount,
            "themes": detail.themes.map { tag -> [String: Any] in
                var values: [String: Any] = ["name": tag.theme]
                if !tag.cues.isEmpty { values["cues"] = tag.cues.prefix(6).joined(separator: "、") }
                return values
            },
            "sources": detail.sources.map {
                PageValues.origin($0.file, line: $0.line, speech: $0.speech, headingPath: $0.headingPath)
            },
        ]
        if detail.headingPath.isEmpty { values["headingPath"] = nil }
        if let items = detail.items, !items.isEmpty {
            values["items"] = items
            values["hasItems"] = true
        }
        if let before = detail.before { values["before"] = neighbour(before) }
        if let after = detail.after { values["after"] = neighbour(after) }
        if let scope = detail.scope { values["scope"] = scope.displayName }
        if let function = detail.function { values["function"] = function.displayName }
        if let facts = detail.facts, !facts.isEmpty {
            values["facts"] = facts.map { ["kind": $0.kind.displayName, "text": $0.text] }
            values["hasFacts"] = true
        }
        return values
    }

    static func neighbour(_ neighbour: SnippetDetail.Neighbour) -> [String: Any] {
        ["id": String(neighbour.id), "text": neighbour.text, "line": neighbour.line]
    }
}
