import Yams

/// Reads a taxonomy file (`themes:` list and optional `scoring:`), naming file and line in every error.
struct ThemeFileParser {
    let file: String

    static let themeKeys: Set<String> = ["name", "description", "cues", "ignore", "replace", "disabled"]

    func parse(_ yaml: String) throws -> ThemeFileDocument {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw ThemeYAMLError.biganError(error, file: file)
        }
        var document = ThemeFileDocument()
        guard let root else { return document }
        let mapping = try expectMapping(root, "the file")
        var names: [String: Int] = [:]
        for (key, value) in mapping {
            switch try string(key, "a top-level key") {
            case "themes":
                for node in try expectSequence(value, "themes") {
                    let entry = try entry(node)
                    if let first = names[entry.name] {
                        throw failure(node, "theme “\(entry.name)” appears twice (first at line \(first))")
                    }
                    names[entry.name] = entry.line
                    document.entries.append(entry)
                }
            case "scoring":
                document.scoring = try scoring(value)
            case let other:
                throw failure(key, "unknown top-level key “\(other)” (expected themes or scoring)")
            }
        }
        return document
    }

    func entry(_ node: Node) throws -> ThemeFileEntry {
        let mapping = try expectMapping(node, "a theme")
        guard let nameNode = mapping["name"] else { throw failure(node, "a theme has no name") }
        let name = try string(nameNode, "the theme name")
        guard !name.isEmpty else { throw failure(nameNode, "a theme name is empty") }
        var entry = ThemeFileEntry(name: name, line: node.mark?.line ?? 0)
        for (key, value) in mapping {
            switch try string(key, "a theme key") {
            case "name": break
            case "description": entry.description = try string(value, "description")
            case "cues": entry.cues = try cues(value, theme: name)
            case "ignore": entry.ignore = try expectSequence(value, "ignore").map { try phrase($0, "an ignore phrase") }
            case "replace": entry.replace = try bool(value, "replace")
            case "disabled": entry.disabled = try bool(value, "disabled")
            case let other:
                let expected = Self.themeKeys.sorted().joined(separator: ", ")
                throw failure(key, "unknown key “\(other)” in theme “\(name)” (expected \(expected))")
            }
        }
        return entry
    }

    func cues(_ node: Node, theme: String) throws -> [ThemeCue] {
        try expectMapping(node, "cues of “\(theme)”").map { key, value in
            let text = try phrase(key, "a cue phrase")
            guard let weight = number(value), weight.isFinite, abs(weight) <= 20 else {
                throw failure(value, "the weight of cue “\(text)” in “\(theme)” must be a number from -20 to 20")
            }
            return ThemeCue(text, weight: weight)
        }
    }

    func scoring(_ node: Node) throws -> ThemeScoringPatch {
        var patch = ThemeScoringPatch()
        for (key, value) in try expectMapping(node, "scoring") {
            let name = try string(key, "a scoring key")
            if name == "headingWeights" {
                patch.headingWeights = try expectSequence(value, name).map {
                    guard let weight = number($0), weight >= 0 else {
                        throw failure($0, "heading weights must be numbers ≥ 0")
                    }
                    return weight
                }
            } else if ThemeScoringPatch.numberKeys.contains(name) {
                guard let number = number(value), number >= 0 else {
                    throw failure(value, "\(name) must be a number ≥ 0")
                }
                patch.values[name] = number
            } else {
                let expected = (ThemeScoringPatch.numberKeys + ["headingWeights"]).joined(separator: ", ")
                throw failure(key, "unknown scoring key “\(name)” (expected \(expected))")
            }
        }
        return patch
    }
}
