import GRDB

extension SnippetLibrary {
    /// Full-text search, best first. Every result's text contains every query term (one- and
    /// two-character Chinese terms included); matches in the heading path rank higher. A query that
    /// matches more than `SearchRanker.window` snippets is ranked over the newest of them.
    public func search(_ query: SearchQuery) throws -> [SnippetHit] {
        let (fts, searchable) = try query.matchExpression()
        let ranker = SearchRanker(terms: query.terms, searchable: searchable)
        let sql = """
            SELECT snippet.id, snippet.text, snippet.headingPath, snippet.characterCount
            FROM snippetSearch JOIN snippet ON snippet.id = snippetSearch.rowid
            WHERE snippetSearch MATCH ?
              AND (?2 IS NULL OR snippet.kind = ?2)
              AND (?3 IS NULL OR EXISTS (SELECT 1 FROM snippetTheme t WHERE t.snippetId = snippet.id AND t.theme = ?3))
            ORDER BY snippetSearch.rowid DESC
            LIMIT ?4
            """
        return try dbWriter.read { db in
            var candidates: [SearchRanker.Candidate] = []
            let rows = try Row.fetchCursor(
                db.cachedStatement(sql: sql),
                arguments: [fts, query.kind?.rawValue, query.theme, max(SearchRanker.window, query.limit)])
            while let row = try rows.next() {
                candidates.append(
                    SearchRanker.Candidate(id: row[0], text: row[1], headingPath: row[2], characterCount: row[3]))
            }
            var hits: [SnippetHit] = []
            for (candidate, score) in ranker.ranked(candidates) where hits.count < query.limit {
                let form = SearchAnalyzer.searchableForm(candidate.text)
                // The phrase guarantees adjacency; this also holds terms that span punctuation to the text.
                guard searchable.allSatisfy({ form.utf8Contains($0) }) else { continue }
                guard let row = try Row.fetchOne(db.cachedStatement(sql: Self.hitSQL), arguments: [candidate.id])
                else { continue }
                var hit = try Self.hit(from: row, score: score, theme: query.theme, db: db)
                let shown = SnippetFormatter.trimmed(candidate.text)
                let excerpt = Excerpt(of: shown, matches: TextMatcher(shown).ranges(of: searchable))
                hit.excerpt = excerpt.marked()
                hits.append(hit)
            }
            return hits
        }
    }

    /// The columns `hit(from:)` reads, of one snippet.
    static let hitSQL = "SELECT id, kind, text, headingPath, label, items FROM snippet WHERE id = ?"

    /// A hit from a row of `snippet` (id, kind, text, headingPath, label, items); `theme` picks
    /// whose cue words explain it (else the strongest).
    static func hit(from row: Row, score: Double, theme: String? = nil, db: Database) throws -> SnippetHit {
        let id: Int64 = row["id"]
        let tags = try Row.fetchAll(
            db.cachedStatement(
                sql: "SELECT theme, cues FROM snippetTheme WHERE snippetId = ? ORDER BY score DESC, theme"),
            arguments: [id])
        let themes: [String] = tags.map { $0[0] }
        let explaining = tags.first { theme == nil || $0[0] == theme }
        let cues = explaining.map { JSONArrayText.decode($0[1]) }
        let origin = try Row.fetchOne(
            db.cachedStatement(
                sql: """
                    SELECT source.path, speech.title, o.line FROM snippetSource o
                    JOIN speech ON speech.id = o.speechId JOIN source ON source.id = speech.sourceId
                    WHERE o.snippetId = ? ORDER BY o.id LIMIT 1
                    """), arguments: [id])
        let count =
            try Int.fetchOne(
                db.cachedStatement(sql: "SELECT COUNT(*) FROM snippetSource WHERE snippetId = ?"), arguments: [id]) ?? 0
        let items: String? = row["items"]
        return SnippetHit(
            id: id, kind: SnippetKind(rawValue: row["kind"]) ?? .paragraph, text: row["text"],
            headingPath: JSONArrayText.decode(row["headingPath"]), themes: themes,
            source: origin.map { SnippetOrigin(file: $0[0], speech: $0[1], line: $0[2]) }, score: score,
            label: row["label"], items: items.map { JSONArrayText.decode($0) }, sourceCount: count, cues: cues)
    }
}
