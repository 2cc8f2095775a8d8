import BiganLibrary
import BiganOutline
import GRDB

extension SQLiteStore {
    package func stats() async throws -> LibraryStats {
        let path = self.path
        return try await read { db in try Self.stats(db, path: path) }
    }

    /// The counts of what `db` holds, in its current transaction.
    static func stats(_ db: Database, path: String?) throws -> LibraryStats {
        func count(_ sql: String) throws -> Int { try Int.fetchOne(db, sql: sql) ?? 0 }
        var kinds = Dictionary(uniqueKeysWithValues: SnippetKind.allCases.map { ($0.rawValue, 0) })
        for row in try Row.fetchAll(db, sql: "SELECT kind, COUNT(*) FROM snippet GROUP BY kind") {
            kinds[row[0]] = row[1]
        }
        let snippets = try count("SELECT COUNT(*) FROM snippet")
        let sources = try count("SELECT COUNT(*) FROM snippetSource")
        let pages = try count("PRAGMA page_count"), pageSize = try count("PRAGMA page_size")
        let files = try Row.fetchAll(
            db,
            sql: """
                SELECT f.path, (SELECT COUNT(*) FROM speech sp JOIN snippetSource o ON o.speechId = sp.id
                                WHERE sp.sourceId = f.id) FROM source f
                """
        ).map { (path: $0[0] as String, sources: $0[1] as Int) }
        return LibraryStats(
            path: path, files: try count("SELECT COUNT(*) FROM source"),
            speeches: try count("SELECT COUNT(*) FROM speech"), snippets: snippets, kinds: kinds, sources: sources,
            duplicates: sources - snippets, headings: try count("SELECT COUNT(*) FROM section"),
            themes: try count("SELECT COUNT(DISTINCT theme) FROM snippetTheme"),
            taggedSnippets: try count("SELECT COUNT(DISTINCT snippetId) FROM snippetTheme"),
            size: Int64(pages * pageSize), schemaVersion: try count("PRAGMA user_version"),
            folders: LibraryStats.FolderCount.grouping(files))
    }
}
