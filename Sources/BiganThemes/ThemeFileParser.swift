import BiganText

/// Reads a taxonomy file (`themes:` list and optional `scoring:`), naming file and line in every error.
struct ThemeFileParser {
    let file: String

    static let topKeys = ["themes", "scoring"]
    static let themeKeys = ["name", "description", "cues", "ignore", "replace", "disabled"]

    func parse(_ yaml: String) throws -> ThemeFileDocument {
        var document = ThemeFileDocument()
        guard let root = try YAMLValue.compose(yaml, file: file) else { return document }
        var names: [String: Int] = [:]
        for (key, keyValue, value) in try root.entries() {
            switch key {
            case "themes":
                for node in try value.sequence() {
                    let entry = try entry(node)
                    if let first = names[entry.name] {
                        throw node.error("主题“\(entry.name)”出现了两次（第一次在第 \(first) 行）")
                    }
                    names[entry.name] = entry.line
                    document.entries.append(entry)
                }
            case "scoring":
                document.scoring = try scoring(value)
            default:
                throw keyValue.unknownKey(key, expected: Self.topKeys)
            }
        }
        return document
    }

    func entry(_ node: YAMLValue) throws -> ThemeFileEntry {
        let fields = try node.mapping(allowed: Self.themeKeys, required: ["name"])
        let name = try fields["name"]!.string()
        var entry = ThemeFileEntry(name: name, line: node.line ?? 0)
        entry.description = try fields["description"]?.string()
        entry.cues = try fields["cues"].map { try cues($0, theme: name) }
        entry.ignore = try fields["ignore"]?.sequence().map { try $0.string() }
        entry.replace = try fields["replace"]?.bool() ?? false
        entry.disabled = try fields["disabled"]?.bool() ?? false
        return entry
    }

    func cues(_ node: YAMLValue, theme: String) throws -> [ThemeCue] {
        try node.entries().map { phrase, keyValue, value in
            let text = phrase.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { throw keyValue.error("文字是空的") }
            guard let weight = try? value.number(in: -20...20) else {
                throw value.error("主题“\(theme)”中提示词“\(text)”的权重须是 -20 到 20 之间的数")
            }
            return ThemeCue(text, weight: weight)
        }
    }

    func scoring(_ node: YAMLValue) throws -> ThemeScoringPatch {
        var patch = ThemeScoringPatch()
        let keys = ThemeScoringPatch.numberKeys + ["headingWeights"]
        for (name, keyValue, value) in try node.entries() {
            if name == "headingWeights" {
                patch.headingWeights = try value.sequence().map { try $0.number(in: 0...1000) }
            } else if ThemeScoringPatch.numberKeys.contains(name) {
                patch.values[name] = try value.number(in: 0...1_000_000)
            } else {
                throw keyValue.unknownKey(name, expected: keys)
            }
        }
        return patch
    }
}
