import GRDB

/// Writes to the contentless FTS5 table `snippetSearch` (rowid = snippet id). A contentless
/// entry is deleted by giving FTS5 the tokens it was indexed with, recomputed here from the
/// snippet's text and heading path, so the analyser must stay deterministic.
///
/// New snippets wait in `searchBacklog` until `indexBacklog` adds them in one go: FTS5 writes a
/// segment at every commit, so indexing per file would double the cost of an import.
enum SearchIndex {
    static func insert(_ db: Database, snippetId: Int64, text: String, heading: String) throws {
        try db.cachedStatement(sql: "INSERT INTO snippetSearch (rowid, text, heading) VALUES (?, ?, ?)")
            .execute(arguments: [snippetId, text, heading])
    }

    /// Queues a new snippet for indexing.
    static func enqueue(_ db: Database, snippetId: Int64) throws {
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO searchBacklog (snippetId) VALUES (?)")
            .execute(arguments: [snippetId])
    }

    static func isQueued(_ db: Database, snippetId: Int64) throws -> Bool {
        try Bool.fetchOne(
            db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM searchBacklog WHERE snippetId = ?)"),
            arguments: [snippetId]) ?? false
    }

    /// Indexes every queued snippet; returns how many.
    @discardableResult
    static func indexBacklog(_ db: Database) throws -> Int {
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT s.id, s.text, s.headingPath FROM searchBacklog b JOIN snippet s ON s.id = b.snippetId
                ORDER BY s.id
                """)
        var count = 0
        while let row = try rows.next() {
            let text: String = row[1]
            try insert(
                db, snippetId: row[0], text: SearchAnalyzer.indexTokens(text),
                heading: SearchAnalyzer.indexTokens(headingPath: JSONArrayText.decode(row[2])))
            count += 1
        }
        if count > 0 { try db.execute(sql: "DELETE FROM searchBacklog") }
        return count
    }

    /// Removes a snippet's index entry; a snippet still queued has none.
    static func delete(_ db: Database, snippetId: Int64, text: String, headingPath: [String]) throws {
        if try isQueued(db, snippetId: snippetId) { return }
        try db.cachedStatement(
            sql: "INSERT INTO snippetSearch (snippetSearch, rowid, text, heading) VALUES ('delete', ?, ?, ?)"
        ).execute(arguments: [
            snippetId, SearchAnalyzer.indexTokens(text), SearchAnalyzer.indexTokens(headingPath: headingPath),
        ])
    }

    /// Makes `occurrence` the snippet's first occurrence, re-indexing its heading path if it changed.
    static func movePrimary(_ db: Database, snippetId: Int64, to occurrence: SnippetWriter.Occurrence) throws {
        guard
            let row = try Row.fetchOne(
                db.cachedStatement(sql: "SELECT text, headingPath FROM snippet WHERE id = ?"), arguments: [snippetId])
        else { return }
        let oldPath = JSONArrayText.decode(row[1])
        try db.cachedStatement(sql: "UPDATE snippet SET speechId = ?, headingPath = ?, position = ? WHERE id = ?")
            .execute(arguments: [
                occurrence.speechId, JSONArrayText.encode(occurrence.headingPath), occurrence.position, snippetId,
            ])
        guard oldPath != occurrence.headingPath, try !isQueued(db, snippetId: snippetId) else { return }
        let text: String = row[0]
        try delete(db, snippetId: snippetId, text: text, headingPath: oldPath)
        try insert(
            db, snippetId: snippetId, text: SearchAnalyzer.indexTokens(text),
            heading: SearchAnalyzer.indexTokens(headingPath: occurrence.headingPath))
    }

    /// Tags a snippet that has no tag of that theme yet. `OR IGNORE` rather than `OR REPLACE`:
    /// a statement that may replace rows needs a statement journal, which costs more than the insert.
    static func insertTheme(_ db: Database, snippetId: Int64, tag: ThemeTag) throws {
        try db.cachedStatement(
            sql: "INSERT OR IGNORE INTO snippetTheme (snippetId, theme, score, cues) VALUES (?, ?, ?, ?)"
        ).execute(arguments: [snippetId, tag.theme, tag.score, JSONArrayText.encode(tag.cues)])
    }
}
