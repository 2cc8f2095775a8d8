import Foundation
import Testing

@testable import BiganCheck
@testable import BiganCompose
@testable import BiganDesk
@testable import BiganLibrary
@testable import BiganRender
@testable import BiganText
@testable import BiganThemes

/// Bigan's own drafts, checked for the region, year and speaker they were composed for, have
/// nothing stale: their {…} placeholders and 【待补：…】 slots are reported as gaps.
@Suite struct DraftCheckTests {
    /// The library built from the bundled corpus, once.
    static let bundled = Task { () throws -> any SnippetStore & SnippetCatalog in
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bigan-check-\(UUID().uuidString)")
        let location = LibraryLocation(path: folder.appendingPathComponent("library.sqlite").path, origin: .standard)
        return try await location.open(create: false, annotator: try ThemeAnnotator.load(environment: [:]))
    }

    static let cases: [(occasion: String, role: String, org: String?)] = [
        ("总结表彰会", "市长", nil),
        ("工作部署会", "局长", "天水市住房和城乡建设局"),
        ("办公室系统会议", "秘书长", nil),
        ("安全生产工作会议", "副市长", nil),
    ]

    @Test(arguments: cases)
    func aDraftForTianshuiChecksCleanForTianshui(occasion: String, role: String, org: String?) async throws {
        let library = try await Self.bundled.value
        let composer = try DraftComposer.standard(
            catalog: library, resources: CheckFixtures.resources, configHome: nil,
            taxonomy: try ThemeTaxonomy.load(resources: CheckFixtures.resources, environment: [:]))
        let draft = try await composer.compose(
            DraftRequest(occasion: occasion, role: role, org: org, region: "天水市", year: 2026, seed: 3))
        let request = CheckRequest(region: "天水市", year: 2026, speaker: CheckFixtures.speaker(role), org: org)
        let fixtures = try IntakeFixtures()
        let markdown = try fixtures.write(MarkdownRenderer(includeSources: true).render(draft), to: "稿.md")
        let docx = fixtures.folder.appendingPathComponent("稿.docx")
        try DocxWriter().write(draft, to: docx)
        for path in [markdown, docx.path] {
            let report = try await CheckFixtures.checker.check(
                try CheckedSpeechReader().read(path: path), request: request, library: library)
            let stale = report.findings.filter { $0.kind.weight == .stale }
            #expect(stale.isEmpty, "\(occasion)/\(role) \(path): \(stale)")
            #expect(report.exitStatus(final: false) == 0)
            let gaps = report.findings.filter { $0.kind == .placeholder }.map(\.text).joined()
            for placeholder in draft.placeholders + draft.slots {
                #expect(gaps.contains(placeholder), "\(occasion)/\(role): \(placeholder) not reported")
            }
            #expect(report.exitStatus(final: true) == (draft.placeholders.isEmpty && draft.slots.isEmpty ? 0 : 1))
            #expect(report.copiedShare > 0.3, "a draft is made of library paragraphs")
        }
    }
}
