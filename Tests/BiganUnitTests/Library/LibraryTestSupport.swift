import BiganCompose
import Foundation
import Testing

@testable import BiganImport
@testable import BiganLibrary
@testable import BiganOutline
@testable import BiganPostgres
@testable import BiganSQLite
@testable import BiganText
@testable import BiganThemes

/// A library as the store tests use it: either engine, also the composer's catalog.
typealias TestLibrary = any SnippetStore & SnippetCatalog

/// The engines a store test runs against: SQLite always, PostgreSQL when `$BIGAN_TEST_POSTGRES`
/// names a server for tests (and always under CI, where a missing server fails every
/// PostgreSQL case instead of leaving them out).
enum StoreEngine: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite, postgres

    static var available: [StoreEngine] {
        PostgresTestServer.address != nil || PostgresTestServer.isRequired ? allCases : [.sqlite]
    }

    var testDescription: String { rawValue }

    /// A new empty library of this engine.
    func makeLibrary() async throws -> TestLibrary {
        switch self {
        case .sqlite: return try SQLiteStore.inMemory()
        case .postgres: return try await PostgresTestServer.makeLibrary()
        }
    }
}

/// The PostgreSQL server the tests use: `$BIGAN_TEST_POSTGRES`, a `postgres://` address of a
/// scratch database. Each library of a test is a schema of its own in it.
enum PostgresTestServer {
    static let variable = "BIGAN_TEST_POSTGRES"

    static var address: String? {
        ProcessInfo.processInfo.environment[variable].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Under CI the PostgreSQL cases must run.
    static var isRequired: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    /// The server's address for a new, empty library.
    static func libraryAddress() throws -> PostgresAddress {
        guard let text = address else {
            throw BiganError(
                file: variable, "not set: CI=true needs a PostgreSQL server for the store tests (.ci/run starts one)")
        }
        var address = try PostgresAddress(text)
        address.schema = "test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        return address
    }

    static func makeLibrary() async throws -> PostgresStore {
        try await PostgresStore.open(try libraryAddress(), create: true, connections: 12)
    }
}

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
        _ document: ParsedDocument, in store: any SnippetStore, content: String? = nil,
        annotator: ThemeAnnotator? = nil,
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
