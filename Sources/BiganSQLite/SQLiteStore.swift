import BiganLibrary
import BiganText
import Foundation
import GRDB

/// The snippet library on SQLite: every read and write of the database goes through this type.
///
/// Create it over any GRDB writer (tests pass an in-memory `DatabaseQueue`); `open(at:)` opens a
/// file safely. The initializer runs the schema migrations.
package struct SQLiteStore: SnippetStore {
    /// The schema version this build writes; `PRAGMA user_version` of its libraries.
    package static let schemaVersion = 5
    /// How much of the file reads may map (`PRAGMA mmap_size`); imports map nothing, so that their
    /// memory stays flat as the library grows.
    static let readMapSize = 1 << 30
    /// Pages the write-ahead log may hold before it is checkpointed: SQLite's default, and during
    /// an import 256 MiB (the log is emptied when the import's connection closes).
    static let checkpointPages = 1000
    static let importCheckpointPages = 65536
    /// `PRAGMA application_id` of a bigan library ("BGAN").
    package static let applicationID: Int32 = 0x4247_414E

    let dbWriter: any DatabaseWriter
    /// Where the library lives; nil for an in-memory library.
    package let path: String?

    /// Opened read-only (the library cannot be written): its schema is read as it is.
    package let isReadOnly: Bool

    package var location: String { path ?? "library" }

    /// Opens a library over `dbWriter` and brings its schema up to date; a `readOnly` library must
    /// already be up to date.
    package init(_ dbWriter: any DatabaseWriter, path: String? = nil, readOnly: Bool = false) throws {
        self.dbWriter = dbWriter
        self.path = path
        self.isReadOnly = readOnly
        try dbWriter.read { db in try Self.refuseNewerSchema(db, path: path ?? "library") }
        if readOnly {
            let version = try dbWriter.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0 }
            guard version == Self.schemaVersion else {
                throw BiganError(
                    file: path ?? "library",
                    "片段库是只读的，且由旧版 bigan 写成（架构版本 \(version)），须先在可写的位置用本版 bigan 打开一次（如 bigan stats）升级后才能读取")
            }
            try dbWriter.read { db in try Self.requireTables(db, path: path) }
            return
        }
        do {
            try Self.migrator.migrate(dbWriter)
        } catch {
            // Two processes creating the same library race here; the loser's migration is rolled back.
            let completed = try dbWriter.read { db in try Self.migrator.hasCompletedMigrations(db) }
            if !completed { throw error }
        }
        try dbWriter.read { db in try Self.requireTables(db, path: path) }
        let pending = try dbWriter.read { db in
            try Bool.fetchOne(
                db,
                sql: "SELECT EXISTS (SELECT 1 FROM searchBacklog) OR EXISTS (SELECT 1 FROM sectionBacklog)")
        }
        if pending == true { try indexBacklog() }  // left by an interrupted import
    }

    /// The tables every library of this schema holds.
    static let requiredTables = [
        "source", "speech", "section", "snippet", "snippetSource", "snippetTheme", "searchBacklog", "snippetSearch",
        "sectionSearch", "sectionBacklog", "draft", "draftSnippet",
    ]

    /// Refuses a library that lost a table (another program dropped it, a damaged file): every
    /// command would fail on it, and the error is about the library, not about a file being read.
    static func requireTables(_ db: Database, path: String?) throws {
        let present = Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'"))
        let missing = requiredTables.filter { !present.contains($0) }
        guard missing.isEmpty else {
            throw BiganError(
                file: path ?? "library",
                "片段库已损坏：缺少表 \(missing.joined(separator: "、"))（可能被其他程序改动过）；请从备份恢复，或用 bigan import 重建片段库")
        }
    }

    /// An empty library in memory, for tests and previews.
    package static func inMemory() throws -> SQLiteStore {
        try SQLiteStore(DatabaseQueue(configuration: makeConfiguration()))
    }

    /// The connection settings of every library: the busy policy's timeout for concurrent
    /// importers, foreign keys, and `synchronous = NORMAL` (safe with WAL, much faster per
    /// transaction). An import keeps its transaction open across its calls to the writer (it
    /// commits every few seconds, see `SQLiteImportWriter`), which GRDB allows only when told.
    package static func makeConfiguration(readonly: Bool = false) -> Configuration {
        var config = Configuration()
        config.readonly = readonly
        config.busyMode = BusyPolicy.busyMode
        config.foreignKeysEnabled = true
        config.allowsUnsafeTransactions = true
        if !readonly {
            config.journalMode = .wal
            config.prepareDatabase { db in
                // 64 MiB of page cache: imports insert into random places of the hash index. Reads
                // go through a memory map (searches read up to a thousand snippets scattered over the file).
                try db.execute(
                    sql: """
                        PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY;
                        PRAGMA mmap_size = \(readMapSize)
                        """)
            }
        }
        return config
    }

    package func close() async throws {
        try closeNow()
    }

    /// Closes the database connection; the library cannot be used afterwards.
    package func closeNow() throws {
        if let queue = dbWriter as? DatabaseQueue { try queue.close() }
        if let pool = dbWriter as? DatabasePool { try pool.close() }
    }

    /// Runs `body` in one IMMEDIATE transaction: the write lock is taken up front, so a concurrent
    /// importer waits on the busy policy instead of failing half way.
    func writeTransaction<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        try await BusyPolicy.run(path: path) {
            try await dbWriter.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try body(db)
                    return .commit
                }
                return result!
            }
        }
    }

    /// A read of the committed library.
    func read<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        try await dbWriter.read(body)
    }

    static func refuseNewerSchema(_ db: Database, path: String) throws {
        let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        let superseded = try migrator.hasBeenSuperseded(db)
        if version > schemaVersion || superseded {
            throw BiganError(
                file: path,
                "这个片段库由更新版本的笔杆写成（架构版本 \(version)，本程序只认到 \(schemaVersion)）；请升级笔杆后再用"
            )
        }
    }
}
