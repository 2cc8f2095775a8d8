import Foundation
import Yams

/// A YAML node with the file it came from, so every complaint names the file and line.
struct YAMLValue {
    let node: Node
    let file: String

    var line: Int? { node.mark?.line }

    func error(_ message: String) -> BiganError {
        BiganError(file: file, line: line, message)
    }

    /// Parses `text`; malformed YAML becomes an error at the line libyaml points to.
    static func parse(_ text: String, file: String) throws -> YAMLValue {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw BiganError(file: file, line: error.line, "malformed YAML: \(error.problem)")
        }
        guard let node else { throw BiganError(file: file, line: 1, "the file is empty") }
        return YAMLValue(node: node, file: file)
    }

    /// The mapping's entries by key; a key outside `allowed` is an error at its line.
    func mapping(allowed: [String], required: [String] = []) throws -> [String: YAMLValue] {
        guard let mapping = node.mapping else { throw error("expected a mapping of keys (key: value)") }
        var entries: [String: YAMLValue] = [:]
        for (key, value) in mapping {
            let keyValue = YAMLValue(node: key, file: file)
            guard let name = key.string else { throw keyValue.error("a key must be plain text") }
            guard allowed.contains(name) else {
                throw keyValue.error("unknown key '\(name)' (expected one of: \(allowed.joined(separator: ", ")))")
            }
            entries[name] = YAMLValue(node: value, file: file)
        }
        for name in required where entries[name] == nil {
            throw error("missing '\(name)'")
        }
        return entries
    }

    func sequence() throws -> [YAMLValue] {
        guard let sequence = node.sequence else { throw error("expected a list (lines starting with '- ')") }
        return sequence.map { YAMLValue(node: $0, file: file) }
    }

    var isSequence: Bool { node.sequence != nil }
    var isMapping: Bool { node.mapping != nil }

    func string() throws -> String {
        guard let scalar = node.scalar else { throw error("expected text") }
        let text = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw error("the text is empty") }
        return text
    }

    /// One text or a list of texts.
    func strings() throws -> [String] {
        if node.scalar != nil { return [try string()] }
        let items = try sequence().map { try $0.string() }
        guard !items.isEmpty else { throw error("the list is empty") }
        return items
    }

    func bool() throws -> Bool {
        guard let value = node.bool else { throw error("expected true or false") }
        return value
    }

    func int(in range: ClosedRange<Int>) throws -> Int {
        guard let value = node.int else { throw error("expected a whole number") }
        guard range.contains(value) else {
            throw error("\(value) is out of range (\(range.lowerBound)…\(range.upperBound))")
        }
        return value
    }
}

extension YamlError {
    /// The 1-based line libyaml reported, when it did.
    var line: Int? {
        switch self {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return mark.line
        case .duplicatedKeysInMapping(_, let context):
            return context.mark.line
        default:
            return nil
        }
    }

    /// What libyaml said, without the source snippet it appends.
    var problem: String {
        switch self {
        case .scanner(let context, let problem, _, _), .parser(let context, let problem, _, _),
            .composer(let context, let problem, _, _):
            return [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
        case .duplicatedKeysInMapping(let duplicates, _):
            return "duplicate key \(duplicates.joined(separator: ", "))"
        default:
            return "\(self)".split(separator: "\n").first.map(String.init) ?? "cannot parse"
        }
    }
}
