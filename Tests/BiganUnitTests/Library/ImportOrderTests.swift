import Foundation
import Testing

@testable import BiganCompose
@testable import BiganImport
@testable import BiganLibrary
@testable import BiganSQLite
@testable import BiganThemes

/// A library's contents and order depend on its files, not on the order they were imported in:
/// several writers of one office import in any order, and every library of the same files agrees.
@Suite struct ImportOrderTests {
    /// Three files sharing paragraphs, written differently (width of punctuation, spaces).
    func files(in folder: TemporaryFolder) throws -> [String] {
        let shared = "要进一步增强服务意识，切实提高办事效率，抓好督查落实。"
        let sharedAgain = "加强作风建设，推进政务公开，提高服务质量。"
        return [
            try folder.write("a.txt", "一、服务意识\n\n\(shared.replacingOccurrences(of: "，", with: ","))\n\n甲文件自己的段落讲督查。\n"),
            try folder.write("b.txt", "二、作风建设\n\n\(sharedAgain)\n\n\(shared)\n\n乙文件的段落讲服务。\n"),
            try folder.write(
                "c.txt", "三、政务公开\n\n丙文件的段落讲政务公开和服务。\n\n\(sharedAgain.replacingOccurrences(of: "，", with: "， "))\n"),
        ]
    }

    func library(_ engine: StoreEngine, importing paths: [String]) async throws -> TestLibrary {
        let library = try await engine.makeLibrary()
        let annotator = try ThemeAnnotator.load(environment: [:])
        for path in paths {
            _ = try await LibraryImporter(store: library, annotator: annotator).importFile(at: path)
        }
        return library
    }

    /// What a user sees of a library, without row ids.
    func view(of library: TestLibrary) async throws -> [String] {
        var lines: [String] = []
        for query in ["服务", "督查", "政务公开", "作风"] {
            for hit in try await library.search(SearchQuery(query)) {
                lines.append(
                    "\(query) \(hit.text) \(hit.headingPath) \(hit.themes) \(hit.source?.file ?? "") \(hit.score) "
                        + "\(String(describing: hit.annotation))")
                let detail = try #require(try await library.detail(id: hit.id))
                lines.append("  \(detail.sources.map { "\($0.file):\($0.line)" }) \(detail.themes.map(\.theme))")
            }
        }
        for theme in try await library.themeCounts() {
            lines += try await library.snippets(theme: theme.name).map { "\(theme.name) \($0.text)" }
        }
        let candidates = try await library.candidates(
            CatalogQuery(kinds: [.paragraph], themes: ["督查落实", "政务公开"], keywords: ["服务意识"]))
        lines += candidates.map { "candidate \($0.text) \($0.source.file)" }
        for query in [
            CatalogQuery(kinds: [.paragraph], themes: [], scopes: [.generic, .city]),
            CatalogQuery(kinds: [.paragraph, .set], themes: ["督查落实"], scopes: [.generic]),
            CatalogQuery(kinds: [.paragraph], themes: [], occasion: "工作会议"),
        ] {
            lines += try await library.candidates(query).map {
                "candidate \($0.text) \($0.source.file) \(String(describing: $0.annotation)) "
                    + "\(String(describing: $0.sourceLevel)) \($0.occasion ?? "")"
            }
        }
        // What a check finds: the same passages (ids differ between libraries, so by text).
        let found = try await library.passageIDs(containing: ["督查", "服务意识", "作风建设", "政务公开"], limit: 5)
        lines += try await library.passages(ids: found.flatMap { $0 }).map {
            "passage \($0.text) \($0.facts) \($0.sources.map { "\($0.file):\($0.line)" })"
        }.sorted()
        let stats = try await library.stats()
        lines.append(
            "\(stats.files) \(stats.speeches) \(stats.snippets) \(stats.kinds.sorted { $0.key < $1.key }) \(stats.sources) "
                + "\(stats.headings) \(stats.themes) \(stats.taggedSnippets) \(stats.folders)")
        return lines
    }

    @Test(arguments: StoreEngine.available) func anyImportOrderGivesTheSameLibrary(engine: StoreEngine) async throws {
        let folder = try TemporaryFolder()
        let paths = try files(in: folder)
        let forward = try await view(of: try await library(engine, importing: paths))
        for order in [[2, 1, 0], [1, 2, 0], [2, 0, 1]] {
            let other = try await view(of: try await library(engine, importing: order.map { paths[$0] }))
            if other != forward {
                Issue.record("imported in the order \(order): \(other.difference(from: forward).map { "\($0)" })")
            }
        }
    }

    /// The same files give the same library on SQLite and on PostgreSQL, and again after both
    /// are annotated anew.
    @Test(.enabled(if: StoreEngine.available.contains(.postgres)))
    func bothEnginesGiveTheSameLibrary() async throws {
        let folder = try TemporaryFolder()
        let paths = try files(in: folder)
        let sqlite = try await library(.sqlite, importing: paths)
        let postgres = try await library(.postgres, importing: paths.reversed())
        let expected = try await view(of: sqlite)
        #expect(expected.contains { $0.hasPrefix("candidate") })
        #expect(try await view(of: postgres) == expected)
        let annotator = try ThemeAnnotator.load(environment: [:])
        #expect(try await sqlite.retag(with: annotator) == postgres.retag(with: annotator))
        #expect(try await view(of: postgres) == view(of: sqlite))
    }

    @Test(arguments: StoreEngine.available)
    func aSnippetShowsItsFirstPlaceWhicheverFileCameFirst(engine: StoreEngine) async throws {
        let folder = try TemporaryFolder()
        let paths = try files(in: folder)
        let library = try await library(engine, importing: [paths[1], paths[0]])
        let hit = try #require(try await library.search(SearchQuery("办事效率")).first)
        #expect(hit.text.contains("服务意识,切实"))
        #expect(hit.headingPath == ["一、服务意识"])
        #expect(hit.source?.file == paths[0])
        #expect(try await library.detail(id: hit.id)?.sources.map(\.file) == [paths[0], paths[1]])
        #expect(try await library.search(SearchQuery("服务意识,切实")).map(\.id) == [hit.id])
    }
}
