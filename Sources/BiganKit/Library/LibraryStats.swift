import GRDB

/// What the library holds, as `bigan stats` prints it.
public struct LibraryStats: Codable, Sendable, Equatable {
    /// Where the library lives (nil in memory).
    public var path: String?
    /// Imported files.
    public var files: Int
    public var speeches: Int
    /// Distinct snippets.
    public var snippets: Int
    /// Distinct snippets by kind (every kind listed, zeros included).
    public var kinds: [String: Int]
    /// Places snippets were found in: one per paragraph of every imported file.
    public var sources: Int
    /// Occurrences beyond the first of a snippet: reposted paragraphs stored once.
    public var duplicates: Int
    public var headings: Int
    /// Distinct themes, and snippets carrying at least one.
    public var themes: Int
    public var taggedSnippets: Int
    /// Size of the database in bytes.
    public var size: Int64
    public var schemaVersion: Int
}

extension SnippetLibrary {
    /// Counts of what the library holds.
    public func stats() throws -> LibraryStats {
        try dbWriter.read { db in
            func count(_ sql: String) throws -> Int { try Int.fetchOne(db, sql: sql) ?? 0 }
            var kinds = Dictionary(uniqueKeysWithValues: SnippetKind.allCases.map { ($0.rawValue, 0) })
            for row in try Row.fetchAll(db, sql: "SELECT kind, COUNT(*) FROM snippet GROUP BY kind") {
                kinds[row[0]] = row[1]
            }
            let snippets = try count("SELECT COUNT(*) FROM snippet")
            let sources = try count("SELECT COUNT(*) FROM snippetSource")
            let pages = try count("PRAGMA page_count"), pageSize = try count("PRAGMA page_size")
            return LibraryStats(
                path: path, files: try count("SELECT COUNT(*) FROM source"),
                speeches: try count("SELECT COUNT(*) FROM speech"), snippets: snippets, kinds: kinds, sources: sources,
                duplicates: sources - snippets, headings: try count("SELECT COUNT(*) FROM section"),
                themes: try count("SELECT COUNT(DISTINCT theme) FROM snippetTheme"),
                taggedSnippets: try count("SELECT COUNT(DISTINCT snippetId) FROM snippetTheme"),
                size: Int64(pages * pageSize), schemaVersion: try count("PRAGMA user_version"))
        }
    }
}
