import Foundation

@testable import BiganCheck
@testable import BiganCompose
@testable import BiganDesk
@testable import BiganImport
@testable import BiganIntake
@testable import BiganLibrary
@testable import BiganSQLite
@testable import BiganText
@testable import BiganThemes

/// Shared material of the check tests: the bundled tables, the fixture speeches (one seeded with a
/// finding of every kind, one clean), and a library holding the speech they were adapted from.
enum CheckFixtures {
    static let resources = try! ResourceLocator.locate()
    static let checker = try! SpeechChecker.standard(resources: resources)
    static let roles = try! TemplateStore.load(resources: resources, configHome: nil, knownThemes: nil)

    static func speaker(_ role: String) -> Speaker { Speaker(role: try! roles.role(named: role)) }

    /// 天水市, 2026, the 市长: what the fixture speeches are for.
    static let tianshui = CheckRequest(region: "天水市", year: 2026, speaker: speaker("市长"))

    static let folder = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/Check")

    static func text(_ name: String) -> String {
        try! String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    /// A library of the fixture's library folder, annotated as an import annotates, built once.
    static let library = Task { try await makeLibrary([folder.appendingPathComponent("library").path]) }

    /// A new library on a temporary file holding `paths`.
    static func makeLibrary(_ paths: [String]) async throws -> SQLiteStore {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(
            "bigan-check-\(UUID().uuidString).sqlite")
        let store = try SQLiteStore.open(at: file.path, create: true)
        let summary = await LibraryImporter(store: store, annotator: try ThemeAnnotator.load(environment: [:])).run(
            paths)
        precondition(summary.failed.isEmpty, "\(summary.failed)")
        return store
    }

    /// A speech written to a temporary file as .txt (as given) or .docx (one Word paragraph per line).
    static func write(_ text: String, as format: Format, name: String = "讲话") throws -> String {
        let fixtures = try IntakeFixtures()
        switch format {
        case .txt:
            return try fixtures.write(text, to: name + ".txt")
        case .docx:
            let body = text.split(separator: "\n", omittingEmptySubsequences: false).map {
                IntakeFixtures.paragraph(IntakeFixtures.text(String($0)))
            }.joined()
            return try fixtures.docx(body: body, to: name + ".docx")
        }
    }

    enum Format: String, CaseIterable, Sendable {
        case txt, docx
    }

    /// Checks `text` written as `format` against `library`.
    static func check(
        _ text: String, as format: Format = .txt, request: CheckRequest = tianshui, library: (any SnippetStore)? = nil
    ) async throws -> CheckReport {
        let speech = try CheckedSpeechReader().read(path: try write(text, as: format))
        return try await checker.check(speech, request: request, library: library)
    }

    /// The findings of the local checks alone (no library) on a one-paragraph text.
    static func findings(
        _ paragraph: String, request: CheckRequest = tianshui, kinds: Set<FindingKind> = Set(FindingKind.allCases)
    ) async throws -> [Finding] {
        try await check("同志们：\n" + paragraph + "\n", request: request).findings.filter { kinds.contains($0.kind) }
    }
}
