import BiganLibrary
import PostgresNIO

extension PostgresStore {
    package func stats() async throws -> LibraryStats {
        try await read { connection, logger in try await stats(connection, logger: logger) }
    }

    /// The counts of what the library holds, as `connection` sees it (in its transaction, if any).
    func stats(_ connection: PostgresConnection, logger: Logger) async throws -> LibraryStats {
        func count(_ query: PostgresQuery) async throws -> Int {
            try await connection.firstRow(query, logger: logger) { try $0.decode(Int.self) } ?? 0
        }
        var kinds = Dictionary(uniqueKeysWithValues: SnippetKind.allCases.map { ($0.rawValue, 0) })
        for (kind, number) in try await connection.rows(
            "SELECT kind, count(*) FROM snippet GROUP BY kind", logger: logger,
            { try $0.decode((String, Int).self) })
        {
            kinds[kind] = number
        }
        let snippets = try await count("SELECT count(*) FROM snippet")
        let sources = try await count("SELECT count(*) FROM snippetSource")
        // The tables and their indexes (TOAST included) in the library's schema.
        let size = try await connection.firstRow(
            """
            SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0)::bigint FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = \(address.schema) AND c.relkind = 'r'
            """, logger: logger
        ) { try $0.decode(Int64.self) }
        let files = try await connection.rows(
            """
            SELECT f.path, (SELECT count(*) FROM speech sp JOIN snippetSource o ON o.speechId = sp.id
                            WHERE sp.sourceId = f.id) FROM source f
            """, logger: logger
        ) { row in
            let (path, sources) = try row.decode((String, Int).self)
            return (path: path, sources: sources)
        }
        return LibraryStats(
            path: address.description, files: try await count("SELECT count(*) FROM source"),
            speeches: try await count("SELECT count(*) FROM speech"), snippets: snippets, kinds: kinds,
            sources: sources, duplicates: sources - snippets,
            headings: try await count("SELECT count(*) FROM section"),
            themes: try await count("SELECT count(DISTINCT theme) FROM snippetTheme"),
            taggedSnippets: try await count("SELECT count(DISTINCT snippetId) FROM snippetTheme"),
            size: size ?? 0,
            schemaVersion: try await Self.schemaVersion(connection, schema: address.schema, logger: logger) ?? 0,
            folders: LibraryStats.FolderCount.grouping(files))
    }
}
