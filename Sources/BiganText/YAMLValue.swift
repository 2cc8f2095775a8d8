import Foundation
import Yams

/// A YAML node with the file it came from: the one YAML front-end of every data file bigan reads
/// (themes, templates, roles, rewriting rules), so every complaint names the file and line in the
/// same words.
package struct YAMLValue {
    package let node: Node
    package let file: String

    package init(node: Node, file: String) {
        self.node = node
        self.file = file
    }

    package var line: Int? { node.mark?.line }

    package func error(_ message: String) -> BiganError {
        BiganError(file: file, line: line, message)
    }

    /// Parses `text`, or nil when it holds no YAML document; malformed YAML becomes an error at
    /// the line libyaml points to.
    package static func compose(_ text: String, file: String) throws -> YAMLValue? {
        do {
            return try Yams.compose(yaml: text).map { YAMLValue(node: $0, file: file) }
        } catch let error as YamlError {
            throw BiganError(file: file, line: error.line, "YAML 格式有误：\(error.problem)")
        }
    }

    /// Parses `text`, which must hold a document.
    package static func parse(_ text: String, file: String) throws -> YAMLValue {
        guard let value = try compose(text, file: file) else {
            throw BiganError(file: file, line: 1, "文件是空的")
        }
        return value
    }

    /// A data file decoded into `T` (its keys are `T`'s coding keys): malformed YAML is reported at
    /// its line, a missing or mistyped key with its path.
    package static func decode<T: Decodable>(_ type: T.Type, from text: String, file: String) throws -> T {
        _ = try parse(text, file: file)
        do {
            return try YAMLDecoder().decode(type, from: text)
        } catch let DecodingError.keyNotFound(key, context) {
            throw BiganError(file: file, "缺少 '\(Self.path(context.codingPath + [key]))'")
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context),
            let DecodingError.dataCorrupted(context)
        {
            throw BiganError(file: file, "'\(Self.path(context.codingPath))': \(context.debugDescription)")
        } catch {
            throw BiganError(file: file, "无法读取这个文件：\(error)")
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }

    /// The mapping's entries in file order, keys as text.
    package func entries() throws -> [(key: String, keyValue: YAMLValue, value: YAMLValue)] {
        guard let mapping = node.mapping else { throw error("这里应是一组“键: 值”") }
        return try mapping.map { key, value in
            let keyValue = YAMLValue(node: key, file: file)
            guard let name = key.string else { throw keyValue.error("键必须是普通文字") }
            return (name, keyValue, YAMLValue(node: value, file: file))
        }
    }

    /// The mapping's entries by key; a key outside `allowed` is an error at its line.
    package func mapping(allowed: [String], required: [String] = []) throws -> [String: YAMLValue] {
        var found: [String: YAMLValue] = [:]
        for (name, keyValue, value) in try entries() {
            guard allowed.contains(name) else { throw keyValue.unknownKey(name, expected: allowed) }
            found[name] = value
        }
        for name in required where found[name] == nil {
            throw error("缺少 '\(name)'")
        }
        return found
    }

    /// The error for a key the file format does not have.
    package func unknownKey(_ name: String, expected: [String]) -> BiganError {
        error(
            "没有 '\(name)' 这个键（"
                + NameSuggestion(names: expected).hint(
                    for: name, otherwise: "应是其中之一：" + expected.joined(separator: "、")) + "）")
    }

    package func sequence() throws -> [YAMLValue] {
        guard let sequence = node.sequence else { throw error("这里应是一个列表（以“- ”开头的各行）") }
        return sequence.map { YAMLValue(node: $0, file: file) }
    }

    package var isSequence: Bool { node.sequence != nil }
    package var isMapping: Bool { node.mapping != nil }

    /// Non-empty text, trimmed.
    package func string() throws -> String {
        guard let scalar = node.scalar else { throw error("这里应是文字") }
        let text = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw error("文字是空的") }
        return text
    }

    /// One text or a list of texts.
    package func strings() throws -> [String] {
        if node.scalar != nil { return [try string()] }
        let items = try sequence().map { try $0.string() }
        guard !items.isEmpty else { throw error("列表是空的") }
        return items
    }

    package func bool() throws -> Bool {
        guard let value = node.bool else { throw error("这里应是 true 或 false") }
        return value
    }

    package func int(in range: ClosedRange<Int>) throws -> Int {
        guard let value = node.int else { throw error("这里应是整数") }
        guard range.contains(value) else {
            throw error("\(value) 超出范围（\(range.lowerBound)…\(range.upperBound)）")
        }
        return value
    }

    /// A number within `range`.
    package func number(in range: ClosedRange<Double>) throws -> Double {
        guard let scalar = node.scalar, let value = Double(scalar.string.trimmingCharacters(in: .whitespaces)),
            value.isFinite
        else { throw error("这里应是数字") }
        guard range.contains(value) else {
            throw error(
                "\(Self.format(value)) 超出范围（\(Self.format(range.lowerBound))…\(Self.format(range.upperBound))）"
            )
        }
        return value
    }

    private static func format(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(value)
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
            return "键重复：\(duplicates.joined(separator: "、"))"
        default:
            return "\(self)".split(separator: "\n").first.map(String.init) ?? "无法解析"
        }
    }
}
