import BiganLibrary
import BiganOutline
import BiganText
import GRDB

extension SQLiteStore {
    /// Full-text search, best first. Every result's text contains every query term (one- and
    /// two-character Chinese terms included); matches in the heading path rank higher. A query that
    /// matches more than `SearchRanker.window` snippets is ranked over the newest of them.
    package func search(_ query: SearchQuery) async throws -> [SnippetHit] {
        let terms = try query.analysedTerms()
        let fts = terms.map { "text : (\(Self.ftsPhrase($0)))" }.joined(separator: " AND ")
        let searchable = terms.map(\.searchable)
        let ranker = SearchRanker(terms: terms.map(\.term), searchable: searchable)
        let sql = """
            SELECT snippet.id, snippet.text, snippet.headingPath, snippet.characterCount
            FROM snippetSearch JOIN snippet ON snippet.id = snippetSearch.rowid
            WHERE snippetSearch MATCH ?
              AND (?2 IS NULL OR snippet.kind = ?2)
              AND (?3 IS NULL OR EXISTS (SELECT 1 FROM snippetTheme t WHERE t.snippetId = snippet.id AND t.theme = ?3))
            ORDER BY snippetSearch.rowid DESC
            LIMIT ?4
            """
        return try await read { db in
            var candidates: [SearchRanker.Candidate] = []
            let rows = try Row.fetchCursor(
                db.cachedStatement(sql: sql),
                arguments: [fts, query.kind?.rawValue, query.theme, max(SearchRanker.window, query.limit)])
            while let row = try rows.next() {
                candidates.append(
                    SearchRanker.Candidate(id: row[0], text: row[1], headingPath: row[2], characterCount: row[3]))
            }
            var chosen: [(candidate: SearchRanker.Candidate, score: Double)] = []
            for (candidate, score) in ranker.ranked(candidates) where chosen.count < query.limit {
                let form = SearchAnalyzer.searchableForm(candidate.text)
                // The phrase guarantees adjacency; this also holds terms that span punctuation to the text.
                guard searchable.allSatisfy({ form.utf8Contains($0) }) else { continue }
                chosen.append((candidate, score))
            }
            var hits = try Self.hits(
                chosen.map(\.candidate.id), scores: chosen.map(\.score), theme: query.theme, db: db)
            for index in hits.indices {
                hits[index].excerpt = Excerpt.marked(hits[index].text, matching: searchable)
            }
            return hits
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
