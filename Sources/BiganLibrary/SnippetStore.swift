import BiganThemes
import Foundation

/// A snippet library's storage: the seam between the stages and a database engine. The import
/// hands it documents already parsed, tagged and analysed (`PreparedDocument`); the commands read
/// snippets, hits and counts back. No engine type appears here: SQLite implements it today, and
/// any engine that keeps these promises can.
///
/// Every call is `async`: an engine never blocks the caller's thread while it waits for its database.
package protocol SnippetStore: Sendable {
    /// Where the library lives, as a user may see it (a path, or an address without its password).
    var location: String { get }

    /// The content hash of every stored file, by stored path.
    func storedContentHashes() async throws -> [String: Data]

    /// Runs one import's writes: `body` stores files through the writer and commits them; what it
    /// stored and did not commit (all of it, if `body` throws) is rolled back before this returns.
    func withImportWriter<T: Sendable>(_ body: @Sendable (any ImportWriter) async throws -> T) async throws -> T

    /// Forgets a stored file and every snippet only it held; false when no file is stored under `path`.
    @discardableResult
    func removeSource(path: String) async throws -> Bool

    /// Tags and annotates every snippet again with `annotator` (its themes, scope, function and
    /// facts), and every speech's level; returns how many snippets and tags it wrote.
    func retag(with annotator: ThemeAnnotator) async throws -> RetagCounts

    /// How many snippets have no annotation yet (a library written by an older bigan).
    func unannotatedCount() async throws -> Int

    /// Full-text search, best first: every hit holds every term of the query.
    func search(_ query: SearchQuery) async throws -> [SnippetHit]

    /// Snippets tagged with `theme` (best score first) and/or of `kind` (in library order).
    func snippets(theme: String?, kind: SnippetKind?, limit: Int) async throws -> [SnippetHit]

    /// Theme names with the number of snippets tagged with each, largest first.
    func themeCounts() async throws -> [ThemeCount]

    /// A snippet with its themes, sources and neighbours; nil when there is no such id.
    func detail(id: Int64) async throws -> SnippetDetail?

    /// For each of `phrases` (runs of a text as written), at most `limit` snippets and at most
    /// `limit` headings whose text holds the phrase as the full-text indexes see it (its last word
    /// whole: `SearchAnalyzer.phrase(forRun:)`), oldest first.
    /// Found through the indexes, never by reading every text; the caller compares the texts itself.
    func passageIDs(containing phrases: [String], limit: Int) async throws -> [[LibraryPassage.ID]]

    /// The snippets and headings with these ids as a check compares with them: text, facts and every
    /// source with its file's content hash. Ids the library does not hold are left out.
    func passages(ids: [LibraryPassage.ID]) async throws -> [LibraryPassage]

    /// Counts of what the library holds.
    func stats() async throws -> LibraryStats

    /// Closes the library; it cannot be used afterwards.
    func close() async throws
}

/// One import's writes to a store. Each file is stored whole or not at all; what is stored is
/// made durable by `commit`, a few times a minute rather than once per file.
package protocol ImportWriter: Sendable {
    /// Stores one prepared file. Throws, having changed nothing, when it cannot; a `StoreFailure`
    /// that `isLibraryFailure` means every later file would fail the same way.
    func store(_ document: PreparedDocument) async throws -> FileImportOutcome

    /// Makes durable what was stored since the last commit, bringing the search index up to date
    /// first when `index` is true. Throws when the commit fails; the files since the last commit
    /// are then not stored.
    func commit(index: Bool) async throws

    /// Whether uncommitted files have waited long enough that a commit is due.
    var commitIsDue: Bool { get }
}

/// What `retag` wrote.
package struct RetagCounts: Codable, Sendable, Equatable {
    /// Snippets looked at again (all of them).
    package var snippets: Int
    /// Theme tags written.
    package var tags: Int
    /// Snippets that got at least one theme.
    package var tagged: Int

    package init(snippets: Int, tags: Int, tagged: Int = 0) {
        self.snippets = snippets
        self.tags = tags
        self.tagged = tagged
    }
}

/// A store's error, in the words a user reads. `isLibraryFailure` is true when the library itself
/// cannot be written (a full disk, a read-only or damaged file) rather than one file being bad.
package struct StoreFailure: Error, CustomStringConvertible, Sendable, Equatable {
    package var message: String
    package var isLibraryFailure: Bool

    package init(_ message: String, isLibraryFailure: Bool) {
        self.message = message
        self.isLibraryFailure = isLibraryFailure
    }

    package var description: String { message }
}

extension SnippetStore {
    /// Snippets tagged with `theme` and/or of `kind`, at most 20 unless `limit` says otherwise.
    package func snippets(theme: String?, kind: SnippetKind? = nil, limit: Int = 20) async throws -> [SnippetHit] {
        try await snippets(theme: theme, kind: kind, limit: limit)
    }
}
