import BiganCompose
import BiganLibrary
import BiganOutline
import PostgresNIO

/// The library as the composer's catalog, as SQLite's (`SQLiteStore+Catalog`): an occasion's
/// snippets in content order, else the best sums of a query's themes (`ThemeSums`), else the first
/// snippets of its kinds in content order, then the paragraphs under headings like its keywords;
/// all of the query's scopes (and snippets not yet annotated) when it names scopes.
extension PostgresStore: SnippetCatalog {
    package func candidates(_ query: CatalogQuery) async throws -> [CatalogSnippet] {
        guard !query.kinds.isEmpty else { return [] }
        let kinds = query.kinds.map(\.rawValue)
        // No scopes (nil or none named) is any scope, as SQLite's catalog takes it.
        let scopes = query.scopes?.map(\.rawValue) ?? []
        return try await read { connection, logger in
            let ids: [Int64]
            if let occasion = query.occasion {
                // A snippet counts for the occasion of its first source (the speech its row names).
                ids = try await connection.rows(
                    """
                    SELECT s.id FROM speech sp JOIN snippet s ON s.speechId = sp.id
                    WHERE sp.occasion = \(occasion) AND s.kind = ANY(\(kinds))
                      AND (cardinality(\(scopes)::text[]) = 0 OR s.scope IS NULL OR s.scope = ANY(\(scopes)))
                    ORDER BY s.contentKey LIMIT \(query.limit)
                    """, logger: logger, { try $0.decode(Int64.self) })
            } else if query.themes.isEmpty {
                ids = try await connection.rows(
                    """
                    SELECT id FROM snippet s WHERE kind = ANY(\(kinds))
                      AND (cardinality(\(scopes)::text[]) = 0 OR s.scope IS NULL OR s.scope = ANY(\(scopes)))
                    ORDER BY contentKey LIMIT \(query.limit)
                    """, logger: logger, { try $0.decode(Int64.self) })
            } else {
                // Every theme's best rows in one statement, theme by theme in the order given.
                var sums = ThemeSums()
                let rows = try await connection.rows(
                    """
                    SELECT best.snippetId, best.score, best.contentKey
                    FROM unnest(\(ThemeSums.distinct(query.themes))) WITH ORDINALITY AS wanted(theme, n)
                    CROSS JOIN LATERAL (
                        SELECT t.snippetId, t.score, t.contentKey FROM snippetTheme t
                        JOIN snippet s ON s.id = t.snippetId
                        WHERE t.theme = wanted.theme AND t.kind = ANY(\(kinds))
                          AND (cardinality(\(scopes)::text[]) = 0 OR s.scope IS NULL OR s.scope = ANY(\(scopes)))
                        ORDER BY t.score DESC, t.contentKey LIMIT \(ThemeSums.rowsPerTheme(limit: query.limit))) best
                    ORDER BY wanted.n
                    """, logger: logger
                ) { try $0.decode((Int64, Double, Int64).self) }
                for (id, score, key) in rows { sums.add(snippetId: id, score: score, contentKey: key) }
                ids = sums.best(query.limit)
            }
            var seen = Set(ids)
            var found = try await Self.catalogSnippets(ids, connection: connection, logger: logger)
            for keyword in query.keywords.compactMap(MarkerTable.headingCore) {
                guard let phrase = TextSearchSyntax.phrase(keyword: keyword) else { continue }
                // Headings found through their index, then checked as written (LIKE of ASCII
                // letters in either case, as SQLite's); a heading's paragraphs are found within its
                // speech; the first in content order.
                let underHeading = try await connection.rows(
                    """
                    SELECT s.id FROM snippet s WHERE s.id IN (
                        SELECT o.snippetId FROM section sec
                        JOIN snippetSource o ON o.speechId = sec.speechId AND o.sectionId = sec.id
                        WHERE sec.searchTokens @@ \(phrase)::tsquery
                          AND lower(sec.text COLLATE "C") LIKE lower(\(LikePattern.containing(keyword)) COLLATE "C") ESCAPE '\\')
                    AND s.kind = ANY(\(kinds))
                    AND (cardinality(\(scopes)::text[]) = 0 OR s.scope IS NULL OR s.scope = ANY(\(scopes)))
                    ORDER BY s.contentKey LIMIT \(Self.underHeadingLimit)
                    """, logger: logger
                ) { try $0.decode(Int64.self) }
                found += try await Self.catalogSnippets(
                    underHeading.filter { seen.insert($0).inserted }, connection: connection, logger: logger)
            }
            return found
        }
    }

    /// How many paragraphs under headings like a keyword a catalog query adds.
    static let underHeadingLimit = 12

    /// The catalog's view of the snippets `ids`, in that order, with each one's themes and first source.
    static func catalogSnippets(_ ids: [Int64], connection: PostgresConnection, logger: Logger) async throws
        -> [CatalogSnippet]
    {
        let records = try await records(ids, connection: connection, logger: logger)
        let byId = Dictionary(records.snippets.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return CatalogSnippet.from(ids.compactMap { byId[$0] }, tags: records.tags, origins: records.origins)
    }
}
