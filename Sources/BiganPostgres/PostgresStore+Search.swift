import BiganLibrary
import PostgresNIO

extension PostgresStore {
    /// Full-text search, best first, as SQLite's (`SearchPlan` ranks and checks): the GIN index on
    /// the snippets' tokens finds the matches, of which the first `SearchPlan.window` in content
    /// order are ranked.
    package func search(_ query: SearchQuery) async throws -> [SnippetHit] {
        let plan = try SearchPlan(query)
        let tokens = TextSearchSyntax.query(plan.terms)
        return try await read { connection, logger in
            let candidates = try await connection.rows(
                """
                SELECT s.id, s.text, s.headingPath, s.characterCount, s.contentKey FROM (
                    SELECT x.snippetId FROM snippetSearch x
                    WHERE x.searchTokens @@ \(tokens)::tsquery
                      AND (\(query.kind?.rawValue)::text IS NULL OR x.kind = \(query.kind?.rawValue))
                      AND (\(query.theme)::text IS NULL
                           OR EXISTS (SELECT 1 FROM snippetTheme t WHERE t.snippetId = x.snippetId AND t.theme = \(query.theme)))
                    ORDER BY x.contentKey
                    LIMIT \(plan.window)) matched
                JOIN snippet s ON s.id = matched.snippetId
                """, logger: logger
            ) { row in
                let (id, text, headingPath, characterCount, contentKey) = try row.decode(
                    (Int64, String, String, Int, Int64).self)
                return SearchRanker.Candidate(
                    id: id, text: text, headingPath: headingPath, characterCount: characterCount, order: contentKey)
            }
            let chosen = plan.choose(candidates)
            return plan.excerpted(
                try await Self.hits(
                    chosen.map(\.id), scores: chosen.map(\.score), theme: query.theme, connection: connection,
                    logger: logger))
        }
    }
}
