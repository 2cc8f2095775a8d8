import GRDB

/// Writes to the contentless FTS5 table `snippetSearch` (rowid = snippet id). A contentless
/// entry is deleted by giving FTS5 the tokens it was indexed with, recomputed here from the
/// snippet's text and heading path, so the analyser must stay deterministic.
enum SearchIndex {
    static func insert(_ db: Database, snippetId: Int64, text: String, heading: String) throws {
        try db.cachedStatement(sql: "INSERT INTO snippetSearch (rowid, text, heading) VALUES (?, ?, ?)")
            .execute(arguments: [snippetId, text, heading])
    }

    static func delete(_ db: Database, snippetId: Int64, text: String, headingPath: [String]) throws {
        try db.cachedStatement(
            sql: "INSERT INTO snippetSearch (snippetSearch, rowid, text, heading) VALUES ('delete', ?, ?, ?)"
        ).execute(arguments: [
            snippetId, SearchAnalyzer.indexTokens(text), SearchAnalyzer.indexTokens(headingPath: headingPath),
        ])
    }

    /// Makes `occurrence` the snippet's first occurrence, re-indexing its heading path if it changed.
    static func movePrimary(_ db: Database, snippetId: Int64, to occurrence: SnippetWriter.Occurrence) throws {
        guard let row = try Row.fetchOne(
            db.cachedStatement(sql: "SELECT text, headingPath FROM snippet WHERE id = ?"), arguments: [snippetId])
        else { return }
        let oldPath = JSONArrayText.decode(row[1])
        try db.cachedStatement(sql: "UPDATE snippet SET speechId = ?, headingPath = ?, position = ? WHERE id = ?")
            .execute(arguments: [
                occurrence.speechId, JSONArrayText.encode(occurrence.headingPath), occurrence.position, snippetId,
            ])
        guard oldPath != occurrence.headingPath else { return }
        let text: String = row[0]
        try delete(db, snippetId: snippetId, text: text, headingPath: oldPath)
        try insert(
            db, snippetId: snippetId, text: SearchAnalyzer.indexTokens(text),
            heading: SearchAnalyzer.indexTokens(headingPath: occurrence.headingPath))
    }

    static func insertTheme(_ db: Database, snippetId: Int64, tag: ThemeTag) throws {
        try db.cachedStatement(
            sql: "INSERT OR REPLACE INTO snippetTheme (snippetId, theme, score, cues) VALUES (?, ?, ?, ?)"
        ).execute(arguments: [snippetId, tag.theme, tag.score, JSONArrayText.encode(tag.cues)])
    }
}
