import BiganLibrary
import Foundation

/// Turns library values into what the page templates show: marked matches, heading paths,
/// sources and kinds in Chinese.
enum PageValues {
    static let kindNames: [SnippetKind: String] = [
        .paragraph: "段落", .opening: "开头", .transition: "过渡", .closing: "结尾", .set: "排比",
    ]

    static func kinds(selected: String?) -> [[String: Any]] {
        SnippetKind.allCases.map {
            ["value": $0.rawValue, "name": kindNames[$0] ?? $0.rawValue, "selected": $0.rawValue == selected]
        }
    }

    /// A hit with its search terms marked; a theme listing (no terms) says which cues matched.
    static func hit(_ hit: SnippetHit, terms: [String] = []) -> [String: Any] {
        var values: [String: Any] = [
            "id": String(hit.id), "kind": kindNames[hit.kind] ?? hit.kind.rawValue, "text": hit.text,
            "segments": Highlighter.segments(hit.text, terms: terms),
            "headingPath": hit.headingPath.joined(separator: " › "), "hasHeading": !hit.headingPath.isEmpty,
            "sourceCount": hit.sourceCount, "reposted": hit.sourceCount > 1,
        ]
        if !hit.themes.isEmpty { values["themes"] = hit.themes.prefix(4).joined(separator: "、") }
        if let source = hit.source { values["source"] = origin(source.file, line: source.line, speech: source.speech) }
        if terms.isEmpty, let cues = hit.cues, !cues.isEmpty { values["cues"] = cues.prefix(6).joined(separator: "、") }
        if let items = hit.items, !items.isEmpty {
            values["items"] = items
            values["hasItems"] = true
            if let label = hit.label, !label.isEmpty { values["label"] = label }
        }
        if let annotation = hit.annotation {
            values["scope"] = annotation.scope.displayName
            values["function"] = annotation.function.displayName
        }
        return values
    }

    /// A source line's values; the speech title only when there is one.
    static func origin(_ file: String, line: Int, speech: String?, headingPath: [String] = []) -> [String: Any] {
        var values: [String: Any] = ["file": file, "line": line]
        if let speech, !speech.isEmpty { values["speech"] = speech }
        if !headingPath.isEmpty { values["headingPath"] = headingPath.joined(separator: " › ") }
        return values
    }
}
