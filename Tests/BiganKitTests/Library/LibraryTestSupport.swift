import Foundation

@testable import BiganKit

/// A temporary folder that removes itself, for files and library databases of one test.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("bigan-library-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        try? FileManager.default.removeItem(at: url)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, Data(text.utf8))
    }

    @discardableResult
    func write(_ name: String, _ data: Data) throws -> String {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
        return file.path
    }
}

/// Builders for parsed documents, so tests control headings and parts whatever the parser does.
enum DocumentBuilder {
    static func heading(_ text: String, level: Int = 1, line: Int) -> Block {
        Block(type: .heading, level: level, marker: String(text.prefix(2)), text: text, part: .body, line: line)
    }

    static func paragraph(_ text: String, part: SpeechPart = .body, line: Int) -> Block {
        Block(type: .paragraph, text: text, part: part, line: line)
    }

    static func document(_ file: String, title: String? = "测试讲话", _ blocks: [Block]) -> ParsedDocument {
        ParsedDocument(file: file, encoding: .utf8, speeches: [Speech(title: title, blocks: blocks)], diagnostics: [])
    }

    /// Stores a document as if read from `file` with `content` as its bytes.
    @discardableResult
    static func store(
        _ document: ParsedDocument, in library: SnippetLibrary, content: String? = nil,
        annotator: (any SnippetAnnotator)? = nil
    ) throws -> FileImportOutcome {
        let bytes = content ?? document.speeches.flatMap(\.blocks).map(\.text).joined(separator: "\n")
        return try library.store(
            document, fingerprint: FileFingerprint(path: document.file, data: Data(bytes.utf8)), annotator: annotator)
    }
}

extension FileImportOutcome {
    var counts: FileImportCounts? {
        if case .imported(let counts) = self { return counts }
        return nil
    }
}

/// The bundled seed and reports.
enum BundledCorpus {
    static var snippets: String {
        get throws { try ResourceLocator.locate().snippets.path }
    }
}
