import Foundation
import GRDB
import Testing

@testable import BiganCompose
@testable import BiganLibrary
@testable import BiganOutline
@testable import BiganSQLite
@testable import BiganText
@testable import BiganThemes

@Suite struct CatalogQueryTests {
    /// A library of snippets tagged with 督查落实 at the given scores, in id order, their content
    /// keys in the same order.
    func library(_ snippets: [(kind: SnippetKind, score: Double)]) throws -> SQLiteStore {
        let library = try SQLiteStore.inMemory()
        try library.dbWriter.write { db in
            for (index, snippet) in snippets.enumerated() {
                let isSet = snippet.kind == .set
                try db.execute(
                    sql: """
                        INSERT INTO snippet
                          (kind, text, normalizedHash, contentKey, characterCount, position, label, items, createdAt)
                        VALUES (?, ?, ?, ?, 8, 0, ?, ?, '2026-01-01 00:00:00')
                        """,
                    arguments: [
                        snippet.kind.rawValue, "第\(index)段督查落实。", Data("\(index)".utf8), index,
                        isSet ? "三个到位" : nil, isSet ? #"["思想到位","措施到位","落实到位"]"# : nil,
                    ])
                try db.execute(
                    sql: "INSERT INTO snippetTheme (snippetId, theme, score, contentKey) VALUES (?, '督查落实', ?, ?)",
                    arguments: [db.lastInsertedRowID, snippet.score, index])
            }
        }
        return library
    }

    @Test func aRareKindIsFoundUnderAThemeFullOfParagraphs() async throws {
        let paragraphs = Array(repeating: (kind: SnippetKind.paragraph, score: 5.0), count: 900)
        let sets: [(kind: SnippetKind, score: Double)] = [(.set, 1), (.set, 2), (.set, 2)]
        let library = try library(paragraphs + sets)
        let found = try await library.candidates(CatalogQuery(kinds: [.set], themes: ["督查落实"], limit: 40))
        #expect(found.map(\.id) == [902, 903, 901])
        #expect(found.allSatisfy { $0.kind == .set && $0.items?.count == 3 })
        // The theme listing (bigan snippets --theme) reads the same way.
        #expect(try await library.snippets(theme: "督查落实", kind: .set).map(\.id) == [902, 903, 901])
        #expect(try await library.snippets(theme: "督查落实", kind: .paragraph, limit: 3).map(\.id) == [1, 2, 3])
        #expect(try await library.snippets(theme: "督查落实", limit: 3).map(\.id) == [1, 2, 3])
    }

    @Test func aLongThemeListKeepsTheBestScoresTiesByContentKey() async throws {
        // More tied rows than a theme's list is read for (8 × 120): the lowest content keys are kept.
        let tied = Array(repeating: (kind: SnippetKind.paragraph, score: 1.0), count: 1_200)
        let found = try await library([(.paragraph, 0.5)] + tied + [(.paragraph, 3)]).candidates(
            CatalogQuery(kinds: [.paragraph], themes: ["督查落实", "督查落实"], limit: 120))
        #expect(found.map(\.id) == [1_202] + Array(2...120))
    }

    @Test func aThemesBestRowsAreReadWithoutSorting() throws {
        let library = try library([(.paragraph, 1)])
        let plan = try library.dbWriter.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    EXPLAIN QUERY PLAN SELECT t.snippetId FROM snippetTheme t
                    WHERE t.theme = '督查落实' ORDER BY t.score DESC, t.contentKey LIMIT 10
                    """
            ).map { $0["detail"] as String }.joined(separator: "\n")
        }
        #expect(plan.contains("snippetTheme_on_theme_score"))
        #expect(!plan.contains("TEMP B-TREE"))
    }

    @Test func aVersion2LibraryGetsTheDescendingThemeIndex() async throws {
        let queue = try DatabaseQueue(configuration: SQLiteStore.makeConfiguration())
        try SQLiteStore.migrator.migrate(queue, upTo: "v2")
        let library = try SQLiteStore(queue)
        let descending = try await library.dbWriter.read { db in
            try Row.fetchAll(db, sql: "PRAGMA index_xinfo('snippetTheme_on_theme_score')")
                .filter { ($0["name"] as String?) == "score" }.map { $0["desc"] as Int }
        }
        #expect(descending == [1])
        #expect(try await library.stats().schemaVersion == SQLiteStore.schemaVersion)
    }

    /// A library of schema 4 (annotations, ordered by row id) upgrades to the current schema: its
    /// files get their names' bytes (5), its snippets their content keys (6) and are searched anew,
    /// their annotations kept.
    @Test func aVersion4LibraryGetsContentKeysAndKeepsItsAnnotations() async throws {
        let queue = try DatabaseQueue(configuration: SQLiteStore.makeConfiguration())
        try SQLiteStore.migrator.migrate(queue, upTo: "v4")
        let texts = ["要抓好督查落实，确保各项工作落到实处。", "要加强作风建设，提高服务质量。"]
        try await queue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO source (id, path, contentHash, encoding, size, importedAt)
                    VALUES (1, 'a.txt', x'00', 'utf8', 1, '2026-01-01 00:00:00.000');
                    INSERT INTO speech (id, sourceId, position, title, occasion, line, level)
                    VALUES (1, 1, 0, NULL, '工作部署会', 1, 'city');
                    """)
            for (position, text) in texts.enumerated() {
                try db.execute(
                    sql: """
                        INSERT INTO snippet (kind, text, normalizedHash, characterCount, speechId, headingPath, position,
                                             createdAt, scope, function, facts)
                        VALUES ('paragraph', ?, ?, ?, 1, '[]', ?, '2026-01-01 00:00:00.000', 'city', 'task', '[]');
                        INSERT INTO snippetSource (snippetId, speechId, line, position, headingPath)
                        VALUES (last_insert_rowid(), 1, ?, ?, '[]');
                        """,
                    arguments: [text, DedupKey.hash(text), text.count, position, position + 2, position])
            }
        }
        let library = try SQLiteStore(queue)
        #expect(try await library.stats().schemaVersion == SQLiteStore.schemaVersion)
        #expect(try await library.unannotatedCount() == 0)
        let keys = try await library.dbWriter.read { db in
            try Row.fetchAll(db, sql: "SELECT normalizedHash, contentKey FROM snippet").map {
                ($0[1] as Int64) == ContentKey.of(dedupKey: $0[0] as Data)
            }
        }
        #expect(keys == [true, true])
        let hit = try #require(try await library.search(SearchQuery("督查")).first)
        #expect(hit.text == texts[0])
        #expect(hit.annotation == Annotation(scope: .city, function: .task, facts: []))
        #expect(try await library.search(SearchQuery("作风")).map(\.text) == [texts[1]])
        let occasion = try await library.candidates(CatalogQuery(kinds: [.paragraph], themes: [], occasion: "工作部署会"))
        #expect(
            occasion.map(\.text)
                == texts.sorted {
                    ContentKey.of(dedupKey: DedupKey.hash($0)) < ContentKey.of(dedupKey: DedupKey.hash($1))
                })
    }
}
