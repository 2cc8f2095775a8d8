import Foundation
import GRDB

/// The files of a batch import, each stored in its own savepoint of a transaction that commits
/// every `commitInterval` seconds (and whenever the search index catches up): a few commits a
/// minute instead of one per file, while a failed file still changes nothing and an interrupted
/// import never leaves part of a file. A commit that fails turns the batch's files into failures.
///
/// Each commit writes every page the batch changed, and the random inserts into the dedup-hash
/// and theme indexes change pages all over them: on a large library, committing every second
/// rewrote the same index pages again and again (a fifth of the writer's time at 200 MiB).
struct ImportBatch {
    let db: Database
    let library: SnippetLibrary
    let annotator: (any SnippetAnnotator)?
    var commitInterval: TimeInterval = 5
    /// Set when the library itself cannot be written (see `LibraryFailure`): the import stops.
    var stopped = false
    private var pending: [(file: String, outcome: FileImportOutcome)] = []
    /// Index tokens of the batch's new snippets, analysed on the preparing threads.
    private var newTokens: [Int64: String] = [:]
    private var openedAt: Date?

    init(db: Database, library: SnippetLibrary, annotator: (any SnippetAnnotator)?) {
        self.db = db
        self.library = library
        self.annotator = annotator
    }

    /// Stores one file in a savepoint; throws (having rolled the file back) when it cannot be stored.
    mutating func store(_ prepared: LibraryImporter.Prepared, file: String) throws {
        guard case .ready(let document) = prepared else {
            pending.append((file, .unchanged))
            return
        }
        try begin()
        var outcome = FileImportOutcome.unchanged
        var fileTokens: [Int64: String] = [:]
        try db.inSavepoint {
            outcome = try library.store(document, in: db, annotator: annotator, indexNow: false, newTokens: &fileTokens)
            return .commit
        }
        // A file rolled back gives its snippet ids back: only a stored file's tokens are kept.
        newTokens.merge(fileTokens) { $1 }
        pending.append((file, outcome))
    }

    /// Commits when the transaction has been open long enough; `index` adds the backlog to the
    /// full-text index first.
    mutating func commitIfDue(index: Bool, into summary: inout ImportSummary) {
        if index || openedAt.map({ Date().timeIntervalSince($0) >= commitInterval }) == true {
            commit(index: index, into: &summary)
        }
    }

    /// Commits what is pending and adds it to `summary`.
    mutating func commit(index: Bool, into summary: inout ImportSummary) {
        do {
            if index {
                try begin()
                try SearchIndex.indexBacklog(db, tokens: newTokens)
                newTokens = [:]
            }
            if db.isInsideTransaction { try db.commit() }
            for (_, outcome) in pending { summary.add(outcome) }
        } catch {
            try? db.rollback()
            newTokens = [:]
            if let error = error as? DatabaseError, LibraryFailure(error) != nil { stopped = true }
            let reason = "not stored: \(LibraryImporter.describe(error))"
            summary.failed += pending.map { ImportFailure(file: $0.file, error: reason) }
        }
        pending = []
        openedAt = nil
    }

    /// Takes the write lock, retrying while another importer holds it beyond the busy timeout.
    private mutating func begin() throws {
        guard !db.isInsideTransaction else { return }
        var attempt = 0
        while true {
            do {
                try db.beginTransaction(.immediate)
                openedAt = Date()
                return
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && attempt < 5 {
                attempt += 1
                Thread.sleep(forTimeInterval: 0.2 * Double(attempt))
            }
        }
    }
}
