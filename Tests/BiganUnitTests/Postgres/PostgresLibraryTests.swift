import Foundation
import PostgresNIO
import Testing

@testable import BiganDesk
@testable import BiganImport
@testable import BiganLibrary
@testable import BiganPostgres
@testable import BiganSQLite
@testable import BiganText
@testable import BiganThemes

/// What only a library on a server has to get right: its errors, its schema, and many writers and
/// readers at once. Runs where `$BIGAN_TEST_POSTGRES` names a server (always under CI).
@Suite(.enabled(if: StoreEngine.available.contains(.postgres)))
struct PostgresLibraryTests {
    /// The test server's address with one thing changed.
    func address(_ change: (inout PostgresAddress) -> Void) throws -> PostgresAddress {
        var address = try PostgresTestServer.libraryAddress()
        change(&address)
        return address
    }

    func openingFails(_ address: PostgresAddress, create: Bool = true) async -> BiganError? {
        await #expect(throws: BiganError.self) { try await PostgresStore.open(address, create: create) }
    }

    @Test func aWrongPasswordIsSaidSoWithoutShowingIt() async throws {
        let address = try address { $0.password = "wrong-\(UUID().uuidString)" }
        guard case .tcp = address.endpoint else { return }  // a socket login may not ask for a password
        let error = await openingFails(address)
        #expect(error?.message.contains("密码不对") == true, "\(String(describing: error))")
        #expect(error?.file == address.description)
        #expect(error.map { !"\($0)".contains(address.password!) } == true)
    }

    @Test func aMissingDatabaseIsSaidSo() async throws {
        let address = try address { $0.database = "no_such_library_\(UInt32.random(in: 0...UInt32.max))" }
        let error = await openingFails(address)
        #expect(error?.message.contains("不存在") == true, "\(String(describing: error))")
    }

    @Test func aServerThatIsNotThereIsSaidSo() async throws {
        let address = try address { $0.endpoint = .tcp(host: "127.0.0.1", port: 1) }
        let error = await openingFails(address)
        #expect(error?.message.contains("无法连接到 PostgreSQL 服务器 127.0.0.1:1") == true, "\(String(describing: error))")
    }

    @Test func aDatabaseWithoutALibraryIsCreatedOnlyWhenAsked() async throws {
        let address = try PostgresTestServer.libraryAddress()
        let error = await openingFails(address, create: false)
        #expect(error?.message.contains("还没有片段库") == true)
        let library = try await PostgresStore.open(address, create: true)
        #expect(try await library.stats().schemaVersion == PostgresStore.schemaVersion)
        try await library.close()
        let again = try await PostgresStore.open(address, create: false)
        #expect(try await again.stats().files == 0)
        try await again.close()
    }

    @Test func aLibraryOfANewerSchemaIsRefused() async throws {
        let library = try await PostgresTestServer.makeLibrary()
        try await library.read { connection, logger in
            try await connection.run("INSERT INTO migration (version) VALUES (99)", logger: logger)
        }
        try await library.close()
        let error = await openingFails(library.address)
        #expect(error?.message.contains("更新版本的 bigan") == true, "\(String(describing: error))")
    }

    /// Four importers and eight searchers at once on one library: every import and search
    /// succeeds, each file is stored once, and the library holds what one SQLite import holds.
    @Test func fourImportersAndEightSearchersAtOnce() async throws {
        let folder = try BundledCorpus.snippets
        let files = try FileManager.default.subpathsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }.sorted()
            .map { folder + "/" + $0 }
        let annotator = try ThemeAnnotator.load(environment: [:])
        let serial = try SQLiteStore.inMemory()
        _ = await LibraryImporter(store: serial, annotator: annotator).run(files)
        let expected = try await serial.stats()

        let address = try await PostgresTestServer.makeLibrary().address
        let importing = ImportingFlag()
        let summaries = try await withThrowingTaskGroup(of: ImportSummary?.self) { group in
            for importer in 0..<4 {
                // Each importer takes every file, starting at another one: they meet on the same files.
                let order = Array(files[(importer * files.count / 4)...] + files[..<(importer * files.count / 4)])
                group.addTask {
                    let library = try await PostgresStore.open(address, create: true, connections: 2)
                    let summary = await LibraryImporter(store: library, annotator: annotator).run(order)
                    try await library.close()
                    return summary
                }
            }
            for searcher in 0..<8 {
                group.addTask {
                    let library = try await PostgresStore.open(address, create: true, connections: 2)
                    let queries = ["督查", "发展", "廉", "服务意识", "改革", "政务公开", "人民", "经济"]
                    repeat {
                        let query = queries[searcher]
                        for hit in try await library.search(SearchQuery(query)) {
                            #expect(SearchAnalyzer.searchableForm(hit.text).contains(query))
                        }
                    } while await importing.value
                    try await library.close()
                    return nil
                }
            }
            var summaries: [ImportSummary] = []
            for try await summary in group {
                if let summary {
                    summaries.append(summary)
                    if summaries.count == 4 { await importing.stop() }
                }
            }
            return summaries
        }
        #expect(summaries.allSatisfy { $0.failed.isEmpty }, "\(summaries.flatMap(\.failed))")
        #expect(summaries.map(\.imported).reduce(0, +) == files.count)
        #expect(summaries.map { $0.imported + $0.unchanged } == Array(repeating: files.count, count: 4))
        #expect(summaries.map(\.snippets).reduce(0, +) == expected.snippets)
        let library = try await PostgresStore.open(address, create: false)
        let stats = try await library.stats()
        #expect(stats.holdsTheSame(as: expected), "\(stats) ≠ \(expected)")
        for query in ["督查", "发展", "廉", "服务意识"] {
            let hits = try await library.search(SearchQuery(query)),
                serialHits = try await serial.search(SearchQuery(query))
            #expect(hits.map(\.text) == serialHits.map(\.text))
            #expect(hits.map(\.score) == serialHits.map(\.score))
        }
        try await library.close()
    }

    @Test func aLibraryIsCopiedBothWaysAndAFullTargetIsRefused() async throws {
        let annotator = try ThemeAnnotator.load(environment: [:])
        let original = try SQLiteStore.inMemory()
        _ = await LibraryImporter(store: original, annotator: annotator).run([try BundledCorpus.snippets])
        let expected = try await original.stats()
        let server = try await PostgresTestServer.makeLibrary()
        #expect(try await server.copyRows(from: original).holdsTheSame(as: expected))
        let back = try SQLiteStore.inMemory()
        #expect(try await back.copyRows(from: server).holdsTheSame(as: expected))
        for query in ["督查", "发展", "廉"] {
            let want = try await original.search(SearchQuery(query))
            #expect(try await server.search(SearchQuery(query)) == want)
            #expect(try await back.search(SearchQuery(query)) == want)
        }
        let id = try #require(try await original.search(SearchQuery("督查")).first?.id)
        let detail = try await original.detail(id: id)
        #expect(try await server.detail(id: id) == detail)
        let refused = await #expect(throws: BiganError.self) { try await server.copyRows(from: original) }
        #expect(refused?.message.contains("不是空的") == true)
        #expect(try await server.stats().holdsTheSame(as: expected))
        // Imports go on in a copied library: its ids continue after the copied ones.
        let folder = try TemporaryFolder()
        let file = try folder.write("new.txt", "复制以后新导入的段落讲督查落实。\n")
        let summary = await LibraryImporter(store: server, annotator: annotator).run([file])
        #expect(summary.failed.isEmpty && summary.imported == 1)
        try await server.close()
    }

    @Test func aFileNameIsKeptWithItsBytes() async throws {
        let library = try await PostgresTestServer.makeLibrary()
        let folder = try TemporaryFolder()
        let file = try folder.write("讲话 (定稿)·2026.txt", "一段讲话的文字。\n")
        _ = await LibraryImporter(store: library).run([file])
        let stored = try await library.read { connection, logger in
            try await connection.firstRow("SELECT path, pathBytes FROM source", logger: logger) {
                try $0.decode((String, Data).self)
            }
        }
        #expect(stored?.0 == file)
        #expect(stored?.1 == Data(file.utf8))
        try await library.close()
    }

    /// A library of schema 1 (before annotations) is brought to schema 2 and annotated when it is
    /// opened, as SQLite's libraries of schema 3 are.
    @Test func aLibraryOfSchema1IsUpgradedAndAnnotatedWhenOpened() async throws {
        let library = try await PostgresTestServer.makeLibrary()
        let folder = try TemporaryFolder()
        let file = try folder.write("a.txt", "一、工作回顾\n\n市政府各部门要抓好督查落实，确保全市各项工作落到实处。\n")
        let summary = await LibraryImporter(store: library, annotator: try ThemeAnnotator.load(environment: [:]))
            .run([file])
        #expect(summary.imported == 1)
        let imported = try #require(try await library.search(SearchQuery("督查")).first)
        try await library.read { connection, logger in
            for statement: PostgresQuery in [
                "DELETE FROM migration WHERE version = 2", "DROP INDEX snippet_unannotated",
                "DROP INDEX speech_on_occasion", "ALTER TABLE snippet DROP COLUMN scope",
                "ALTER TABLE snippet DROP COLUMN function", "ALTER TABLE snippet DROP COLUMN facts",
                "ALTER TABLE speech DROP COLUMN level",
            ] {
                try await connection.run(statement, logger: logger)
            }
        }
        #expect(try await library.stats().schemaVersion == 1)
        try await library.close()
        let reopened = try await LibraryLocation(server: library.address, origin: .option).open(
            create: false, annotator: try ThemeAnnotator.load(environment: [:]))
        #expect(try await reopened.stats().schemaVersion == 2)
        #expect(try await reopened.unannotatedCount() == 0)
        let hit = try #require(try await reopened.search(SearchQuery("督查")).first)
        #expect(hit.annotation == imported.annotation && hit.annotation != nil)
        try await reopened.close()
    }
}

/// Whether the importers of a test are still at work.
actor ImportingFlag {
    private(set) var value = true
    func stop() { value = false }
}
