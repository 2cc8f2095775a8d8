import BiganLibrary
import BiganOutline
import BiganText
import GRDB

extension SQLiteStore {
    /// Full-text search, best first. Every result's text contains every query term (one- and
    /// two-character Chinese terms included); matches in the heading path rank higher. A query that
    /// matches more than `SearchRanker.window` snippets is ranked over the first of them in content
    /// order (`ContentKey`).
    package func search(_ query: SearchQuery) async throws -> [SnippetHit] {
        let plan = try SearchPlan(query)
        let fts = plan.terms.map { "text : (\(Self.ftsPhrase($0)))" }.joined(separator: " AND ")
        // The index's rowid is the content key: its matches come in content order, the window's.
        let sql = """
            SELECT snippet.id, snippet.text, snippet.headingPath, snippet.characterCount, snippetSearch.rowid
            FROM snippetSearch CROSS JOIN snippet ON snippet.contentKey = snippetSearch.rowid
            WHERE snippetSearch MATCH ?
              AND (?2 IS NULL OR snippet.kind = ?2)
              AND (?3 IS NULL OR EXISTS (SELECT 1 FROM snippetTheme t WHERE t.snippetId = snippet.id AND t.theme = ?3))
            ORDER BY snippetSearch.rowid
            LIMIT ?4
            """
        return try await read { db in
            var candidates: [SearchRanker.Candidate] = []
            let rows = try Row.fetchCursor(
                db.cachedStatement(sql: sql), arguments: [fts, query.kind?.rawValue, query.theme, plan.window])
            while let row = try rows.next() {
                candidates.append(
                    SearchRanker.Candidate(
                        id: row[0], text: row[1], headingPath: row[2], characterCount: row[3], order: row[4]))
            }
            let chosen = plan.choose(candidates)
            return plan.excerpted(
                try Self.hits(chosen.map(\.id), scores: chosen.map(\.score), theme: query.theme, db: db))
        }
    }

    /// One query term as an FTS5 phrase of index tokens (a prefix phrase for one character or a word).
    static func ftsPhrase(_ term: AnalysedTerm) -> String {
        "\"\(term.tokens)\"" + (term.prefix ? "*" : "")
    }

    /// A keyword as an FTS5 phrase, or nil when it has nothing to search for.
    static func ftsPhrase<S: StringProtocol>(keyword: S) -> String? {
        guard let phrase = SearchAnalyzer.phrase(forQueryTerm: keyword) else { return nil }
        return "\"\(phrase.tokens)\"" + (phrase.prefix ? "*" : "")
    }
}
