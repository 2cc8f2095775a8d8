import Foundation

@testable import BiganImport
@testable import BiganLibrary
@testable import BiganOutline
@testable import BiganSQLite
@testable import BiganText
@testable import BiganThemes

/// A temporary folder that removes itself, for files and library databases of one test.
final class TemporaryFolder: Sendable {
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

    /// Stores a document as if read from `file` with `content` as its bytes, tagged by `annotator`
    /// or given `annotations` of a test's own.
    @discardableResult
    static func store(
        _ document: ParsedDocument, in store: SQLiteStore, content: String? = nil, annotator: ThemeAnnotator? = nil,
        annotations: TestAnnotations? = nil, index: Bool = true
    ) async throws -> FileImportOutcome {
        let bytes = content ?? document.speeches.flatMap(\.blocks).map(\.text).joined(separator: "\n")
        var document = DocumentPreparer(annotator: annotator).prepare(
            document, fingerprint: FileFingerprint(path: document.file, data: Data(bytes.utf8)))
        if let annotations { document.annotations = annotations.annotate(document.document, document.blocks) }
        let prepared = document
        return try await store.withImportWriter { writer in
            let outcome = try await writer.store(prepared)
            try await writer.commit(index: index)
            return outcome
        }
    }
}

/// Annotations a test makes up, as the Themes stage would give them: themes by a rule of the
/// test's own, extra snippets and an occasion for every speech.
struct TestAnnotations: Sendable {
    var themes: @Sendable (String) -> [ThemeTag] = { _ in [] }
    var extras: [ExtraSnippet] = []
    var occasion: String?

    func annotate(_ document: ParsedDocument, _ blocks: [[PreparedBlock?]]) -> [PreparedDocument.SpeechAnnotations] {
        zip(document.speeches, blocks).map { speech, prepared in
            PreparedDocument.SpeechAnnotations(
                themes: zip(speech.blocks, prepared).map { block, prepared in
                    prepared?.key == nil ? nil : themes(block.text).map(ThemeRow.init)
                },
                paragraphs: prepared.map { _ in nil },
                extras: extras, extraThemes: extras.map { themes($0.text).map(ThemeRow.init) },
                extraAnnotations: extras.map { _ in
                    AnnotationRow(Annotation(scope: .generic, function: .other, facts: []))
                },
                occasion: occasion, level: nil)
        }
    }
}

/// A value made once, asynchronously, for every test that asks for it (a library of the
/// bundled corpus, say).
final class Shared<Value: Sendable>: Sendable {
    private let task: Task<Value, any Error>

    init(_ make: @escaping @Sendable () async throws -> Value) {
        task = Task { try await make() }
    }

    var value: Value {
        get async throws { try await task.value }
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
