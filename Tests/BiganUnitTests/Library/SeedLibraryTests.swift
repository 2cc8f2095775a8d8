import Foundation
import Testing

@testable import BiganCompose
@testable import BiganImport
@testable import BiganSQLite
@testable import BiganThemes

/// The seed compilation imported with the real parser and the Themes stage, as users get it.
@Suite struct SeedLibraryTests {
    static let seed = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
            "Snippets/000_e5d90ddf2f1f2905.txt")

    func seedLibrary(_ engine: StoreEngine = .sqlite) async throws -> TestLibrary {
        let library = try await engine.makeLibrary()
        let annotator = try ThemeAnnotator.load(environment: [:])
        let outcome = try await LibraryImporter(store: library, annotator: annotator).importFile(at: Self.seed.path)
        guard case .imported(let counts) = outcome else {
            Issue.record("the seed was not imported")
            return library
        }
        #expect(counts.speeches == 3)
        return library
    }

    @Test(arguments: StoreEngine.available) func namedSetsKeepTheirItemsInOrder(engine: StoreEngine) async throws {
        let sets = try await seedLibrary(engine).snippets(theme: nil, kind: .set, limit: 50)
        let spirits = try #require(sets.first { $0.label == "四种精神" })
        #expect(spirits.items?.first == "一是认真负责的精神。")
        #expect(spirits.items?.count == 4)
        #expect(sets.contains { $0.label == "五个必须" || $0.label == "四个结合" })
        #expect(sets.contains { $0.label == "四种能力" } && sets.contains { $0.label == "四种作风" })
    }

    @Test(arguments: StoreEngine.available) func speechesKnowTheirOccasion(engine: StoreEngine) async throws {
        let library = try await seedLibrary(engine)
        let candidates = try await library.candidates(
            CatalogQuery(kinds: [.paragraph, .opening, .transition, .closing], themes: [], limit: 10_000))
        var occasions: [String: String] = [:]
        for candidate in candidates { occasions[candidate.speechTitle ?? ""] = candidate.occasion }
        #expect(occasions.sorted { $0.key < $1.key }.map(\.value) == ["总结表彰会", "政务公开工作会议", "总结表彰会"])
    }

    @Test(arguments: StoreEngine.available) func theCatalogFindsTheParagraphUnderAHeading(engine: StoreEngine)
        async throws
    {
        let candidates = try await seedLibrary(engine).candidates(
            CatalogQuery(kinds: [.paragraph], themes: ["安全生产"], keywords: ["二是要提高调查研究能力。"], limit: 5))
        #expect(candidates.contains { $0.text.hasPrefix("无论是办公室领导班子成员还是一般工作人员") })
        #expect(candidates.allSatisfy { $0.kind == .paragraph })
    }

    @Test(arguments: StoreEngine.available) func themeListingsExplainTheirMatches(engine: StoreEngine) async throws {
        let hits = try await seedLibrary(engine).snippets(theme: "督查落实", kind: .paragraph, limit: 5)
        #expect(hits.count == 5)
        #expect(hits.allSatisfy { !($0.cues ?? []).isEmpty })
        #expect(hits.first?.text.contains("督") == true)
    }
}
