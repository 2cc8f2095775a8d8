import Foundation
import GRDB
import Testing

@testable import BiganImport
@testable import BiganLibrary
@testable import BiganOutline
@testable import BiganSQLite
@testable import BiganText

@Suite struct SearchBacklogTests {
    func ftsIntegrity(_ library: SQLiteStore) throws {
        try library.dbWriter.write { db in
            try db.execute(sql: "INSERT INTO snippetSearch(snippetSearch) VALUES('integrity-check')")
            try db.execute(sql: "INSERT INTO sectionSearch(sectionSearch) VALUES('integrity-check')")
        }
    }

    func headingsMatching(_ phrase: String, in library: SQLiteStore) throws -> [String] {
        try library.dbWriter.read { db in
            try String.fetchAll(
                db,
                sql: """
                    SELECT section.text FROM sectionSearch JOIN section ON section.id = sectionSearch.rowid
                    WHERE sectionSearch MATCH ? ORDER BY section.id
                    """, arguments: [SQLiteStore.ftsPhrase(keyword: phrase)])
        }
    }

    @Test func deferredSnippetsAreFoundOnceIndexed() async throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("a.txt", "督查落实的段落。\n")
        let library = try SQLiteStore.inMemory()
        try await DocumentBuilder.store(SpeechReader().read(path: file), in: library, index: false)
        #expect(try await library.search(SearchQuery("督查")).isEmpty)
        #expect(try library.indexBacklog() == 1)
        #expect(try await library.search(SearchQuery("督查")).count == 1)
        #expect(try library.indexBacklog() == 0)
    }

    @Test func aBacklogLeftByAnInterruptedImportIsIndexedOnOpen() async throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("a.txt", "廉政建设的段落。\n")
        let library = try SQLiteStore.open(at: folder.path("library.sqlite"))
        try await DocumentBuilder.store(SpeechReader().read(path: file), in: library, index: false)
        try await library.close()
        #expect(try await SQLiteStore.open(at: folder.path("library.sqlite")).search(SearchQuery("廉")).count == 1)
    }

    @Test func replacingAFileBeforeItWasIndexedKeepsTheIndexIntact() async throws {
        let library = try SQLiteStore.inMemory()
        let first = DocumentBuilder.document(
            "a.txt",
            [
                DocumentBuilder.heading("一、甲", line: 1), DocumentBuilder.paragraph("旧段落讲督查。", line: 2),
                DocumentBuilder.paragraph("不变的段落讲廉政。", line: 3),
            ])
        try await DocumentBuilder.store(first, in: library, content: "v1", index: false)
        let second = DocumentBuilder.document(
            "a.txt",
            [
                DocumentBuilder.heading("二、乙", line: 1), DocumentBuilder.paragraph("不变的段落讲廉政。", line: 2),
                DocumentBuilder.paragraph("新段落讲服务。", line: 3),
            ])
        try await DocumentBuilder.store(second, in: library, content: "v2", index: false)
        try library.indexBacklog()
        try ftsIntegrity(library)
        #expect(try await library.search(SearchQuery("督查")).isEmpty)
        #expect(try await library.search(SearchQuery("廉政")).first?.headingPath == ["二、乙"])
        #expect(try await library.search(SearchQuery("服务")).count == 1)
        try await library.removeSource(path: "a.txt")
        try ftsIntegrity(library)
        #expect(try await library.stats().snippets == 0)
        #expect(try await library.search(SearchQuery("廉政")).isEmpty)
    }

    @Test func aMovedSnippetIsRankedUnderItsNewHeading() async throws {
        let library = try SQLiteStore.inMemory()
        let shared = DocumentBuilder.paragraph("共享段落讲督查。", line: 2)
        let other = DocumentBuilder.paragraph("另一段落讲督查。", line: 2)
        try await DocumentBuilder.store(
            DocumentBuilder.document("a.txt", [DocumentBuilder.heading("一、督查", line: 1), shared]), in: library)
        try await DocumentBuilder.store(
            DocumentBuilder.document("b.txt", [DocumentBuilder.heading("二、其他", line: 1), shared]), in: library)
        try await DocumentBuilder.store(
            DocumentBuilder.document("c.txt", [DocumentBuilder.heading("三、督查", line: 1), other]), in: library)
        // Both under a 督查 heading and as long: their scores tie.
        #expect(Set(try await library.search(SearchQuery("督查")).map(\.text)) == ["另一段落讲督查。", "共享段落讲督查。"])
        #expect(try headingsMatching("督查", in: library) == ["一、督查", "三、督查"])
        try await library.removeSource(path: "a.txt")
        try ftsIntegrity(library)
        #expect(try headingsMatching("督查", in: library) == ["三、督查"])
        let hits = try await library.search(SearchQuery("督查"))
        #expect(hits.map(\.headingPath) == [["三、督查"], ["二、其他"]])
        #expect(hits[0].score > hits[1].score)
    }

    @Test func aVersion1LibraryIsReindexedWhenOpened() async throws {
        let queue = try DatabaseQueue(configuration: SQLiteStore.makeConfiguration())
        try SQLiteStore.migrator.migrate(queue, upTo: "v1")
        try await queue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO source (path, contentHash, encoding, size, importedAt)
                    VALUES ('a.txt', x'02', 'utf-8', 1, '2026-01-01 00:00:00');
                    INSERT INTO speech (sourceId, position, line) VALUES (1, 0, 1);
                    INSERT INTO section (speechId, level, text, line, position) VALUES (1, 1, '一、加强督查落实', 1, 0);
                    INSERT INTO snippet (kind, text, normalizedHash, characterCount, headingPath, position, createdAt)
                    VALUES ('paragraph', '旧库里的督查段落。', x'01', 9, '["一、督查"]', 0, '2026-01-01 00:00:00');
                    INSERT INTO snippetSearch (rowid, text, heading) VALUES (1, '旧库 库里 里的 的督 督查 查段 段落 落', '一督 督查 查');
                    """)
        }
        let library = try SQLiteStore(queue)
        try ftsIntegrity(library)
        #expect(try await library.stats().schemaVersion == SQLiteStore.schemaVersion)
        let hashSize = try await library.dbWriter.read {
            try Int.fetchOne($0, sql: "SELECT v FROM snippetSearch_config WHERE k = 'hashsize'")
        }
        #expect(hashSize == 32 << 20)
        #expect(try await library.search(SearchQuery("督查")).map(\.text) == ["旧库里的督查段落。"])
        #expect(try await library.search(SearchQuery("段")).count == 1)
        #expect(try headingsMatching("督查落实", in: library) == ["一、加强督查落实"])
        try await library.dbWriter.write { db in
            try db.execute(
                sql:
                    "INSERT INTO section (speechId, level, text, line, position, searchTokens) VALUES (1, 1, ?, 2, 1, ?)",
                arguments: ["二、督查落实再推进", SearchAnalyzer.indexTokens("二、督查落实再推进")])
            try SearchIndex.enqueue(db, sectionId: db.lastInsertedRowID)
        }
        #expect(try headingsMatching("督查落实", in: library) == ["一、加强督查落实"])  // queued, not yet indexed
        try library.indexBacklog()
        #expect(try headingsMatching("督查落实", in: library) == ["一、加强督查落实", "二、督查落实再推进"])
        try await library.dbWriter.write { db in
            try db.execute(
                sql:
                    "INSERT INTO section (speechId, level, text, line, position, searchTokens) VALUES (1, 1, ?, 3, 2, ?)",
                arguments: ["三、督查落实见成效", SearchAnalyzer.indexTokens("三、督查落实见成效")])
            try SearchIndex.enqueue(db, sectionId: db.lastInsertedRowID)
        }
        // Deleting a heading still in the queue takes it out of the queue, not out of the index.
        try await library.removeSource(path: "a.txt")
        try ftsIntegrity(library)
        #expect(try headingsMatching("督查落实", in: library).isEmpty)
        #expect(
            try await library.dbWriter.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM sectionBacklog") } == 0)
    }
}
