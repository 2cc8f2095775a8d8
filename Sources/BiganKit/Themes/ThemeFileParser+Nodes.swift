import Foundation
import Yams

/// Typed access to YAML nodes with errors that point at the node's line.
extension ThemeFileParser {
    func failure(_ node: Node, _ message: String) -> BiganError {
        BiganError(file: file, line: node.mark?.line, message)
    }

    func expectMapping(_ node: Node, _ what: String) throws -> Node.Mapping {
        guard let mapping = node.mapping else { throw failure(node, "\(what) must be a mapping of key: value") }
        return mapping
    }

    func expectSequence(_ node: Node, _ what: String) throws -> [Node] {
        guard let sequence = node.sequence else { throw failure(node, "\(what) must be a list") }
        return Array(sequence)
    }

    func string(_ node: Node, _ what: String) throws -> String {
        guard let scalar = node.scalar else { throw failure(node, "\(what) must be plain text") }
        return scalar.string.trimmingCharacters(in: .whitespaces)
    }

    func phrase(_ node: Node, _ what: String) throws -> String {
        let text = try string(node, what)
        guard !text.isEmpty else { throw failure(node, "\(what) is empty") }
        return text
    }

    func bool(_ node: Node, _ what: String) throws -> Bool {
        guard let scalar = node.scalar, let value = Bool.construct(from: scalar) else {
            throw failure(node, "\(what) must be true or false")
        }
        return value
    }

    func number(_ node: Node) -> Double? {
        guard let scalar = node.scalar else { return nil }
        return Double(scalar.string.trimmingCharacters(in: .whitespaces))
    }
}

/// Turns a YAML syntax error into a user-facing error with the file and line.
enum ThemeYAMLError {
    static func biganError(_ error: YamlError, file: String) -> BiganError {
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return BiganError(file: file, line: mark.line, "not valid YAML: \(problem)")
        case let .duplicatedKeysInMapping(duplicates, context):
            return BiganError(
                file: file, line: context.mark.line,
                "a key appears twice in one mapping: \(duplicates.joined(separator: ", "))")
        default:
            return BiganError(file: file, "not valid YAML: \(error)")
        }
    }
}
