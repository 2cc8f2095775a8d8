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

    /// `ORDER BY` of a snippet's occurrences, least first (`OccurrencePlace`, then the line): over
    /// `snippetSource o` joined with its `speech` and `source`.
    static let occurrenceOrder = "source.path, speech.position, o.position, o.line"

    let dbWriter: any DatabaseWriter
    /// Where the library lives; nil for an in-memory library.
    package let path: String?

    package var location: String { path ?? "library" }

    /// Opens a library over `dbWriter` and brings its schema up to date.
    package init(_ dbWriter: any DatabaseWriter, path: String? = nil) throws {
        self.dbWriter = dbWriter
        self.path = path
        try dbWriter.read { db in try Self.refuseNewerSchema(db, path: path ?? "library") }
        do {
            try Self.migrator.migrate(dbWriter)
        } catch {
            // Two processes creating the same library race here; the loser's migration is rolled back.
            let completed = try dbWriter.read { db in try Self.migrator.hasCompletedMigrations(db) }
            if !completed { throw error }
        }
        let pending = try dbWriter.read { db in
            try Bool.fetchOne(
                db,
                sql: "SELECT EXISTS (SELECT 1 FROM searchBacklog) OR EXISTS (SELECT 1 FROM sectionBacklog)")
        }
        if pending == true { try indexBacklog() }  // left by an interrupted import
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
        config.busyMode = .timeout(BusyPolicy.timeout)
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
        try await BusyPolicy.run {
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
                "this library was written by a newer version of bigan (schema \(version), this bigan knows \(schemaVersion)); upgrade bigan to use it"
            )
        }
    }
}
