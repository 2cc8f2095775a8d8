import BiganLibrary
import Foundation
import GRDB

/// One import's writes to an SQLite library. Each file is stored in its own savepoint of a
/// transaction that commits every `commitInterval` seconds (and whenever the search index catches
/// up): a few commits a minute instead of one per file, while a failed file still changes nothing
/// and an interrupted import never leaves part of a file.
///
/// Each commit writes every page the batch changed, and the random inserts into the dedup-hash
/// and theme indexes change pages all over them: on a large library, committing every second
/// rewrote the same index pages again and again (a fifth of the writer's time at 200 MiB).
///
/// The transaction stays open between the writer's calls; every call runs on the library's one
/// writer connection, one at a time, so `newTokens` is only touched there. `openedAt` is read by
/// the importer too, under the lock.
final class SQLiteImportWriter: ImportWriter, @unchecked Sendable {
    let store: SQLiteStore
    var commitInterval: TimeInterval = 5
    /// Index tokens of the batch's new snippets, analysed on the preparing threads.
    private var newTokens: [Int64: String] = [:]
    private let lock = NSLock()
    private var openedAtValue: Date?
    private var openedAt: Date? {
        get { lock.withLock { openedAtValue } }
        set { lock.withLock { openedAtValue = newValue } }
    }

    init(store: SQLiteStore) {
        self.store = store
    }

    func store(_ document: PreparedDocument) async throws -> FileImportOutcome {
        do {
            return try await store.dbWriter.writeWithoutTransaction { db in
                try self.begin(db)
                var outcome = FileImportOutcome.unchanged
                var fileTokens: [Int64: String] = [:]
                try db.inSavepoint {
                    outcome = try SQLiteStore.store(document, in: db, newTokens: &fileTokens)
                    return .commit
                }
                // A file rolled back gives its snippet ids back: only a stored file's tokens are kept.
                self.newTokens.merge(fileTokens) { $1 }
                return outcome
            }
        } catch let error as DatabaseError {
            throw StoreFailure(error)
        } catch let error as LibraryLocked {
            throw StoreFailure(error.description, isLibraryFailure: true)
        }
    }

    var commitIsDue: Bool {
        openedAt.map { Date().timeIntervalSince($0) >= commitInterval } ?? false
    }

    func commit(index: Bool) async throws {
        do {
            try await store.dbWriter.writeWithoutTransaction { db in
                do {
                    if index {
                        try self.begin(db)
                        try SearchIndex.indexBacklog(db, tokens: self.newTokens)
                        self.newTokens = [:]
                    }
                    if db.isInsideTransaction { try db.commit() }
                    self.openedAt = nil
                } catch {
                    try? db.rollback()
                    self.newTokens = [:]
                    self.openedAt = nil
                    throw error
                }
            }
        } catch let error as DatabaseError {
            throw StoreFailure(error)
        } catch let error as LibraryLocked {
            throw StoreFailure(error.description, isLibraryFailure: true)
        }
    }

    /// Takes the write lock, trying again while another importer holds it.
    private func begin(_ db: Database) throws {
        guard !db.isInsideTransaction else { return }
        try BusyPolicy.run(path: store.path) { try db.beginTransaction(.immediate) }
        openedAt = Date()
    }
}
