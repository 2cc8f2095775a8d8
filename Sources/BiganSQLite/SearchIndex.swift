import BiganLibrary
import BiganOutline
import GRDB

/// Writes to the contentless FTS5 table `snippetSearch` (rowid = the snippet's `ContentKey`, so a
/// search reads its matches in content order). A contentless entry is deleted by giving FTS5 the
/// tokens it was indexed with, recomputed here from the snippet's text, so the analyser must stay
/// deterministic.
///
/// New snippets wait in `searchBacklog` until `indexBacklog` adds them in one go: FTS5 writes a
/// segment at every commit, so indexing per file would double the cost of an import.
enum SearchIndex {
    /// Queues a new snippet for indexing.
    static func enqueue(_ db: Database, snippetId: Int64) throws {
        try db.run("INSERT OR IGNORE INTO searchBacklog (snippetId) VALUES (?)") { $0.bind(snippetId) }
    }

    /// Queues a new heading for the heading index.
    static func enqueue(_ db: Database, sectionId: Int64) throws {
        try db.cachedStatement(sql: "INSERT INTO sectionBacklog (sectionId) VALUES (?)").execute(arguments: [sectionId])
    }

    static func isQueued(_ db: Database, snippetId: Int64) throws -> Bool {
        try Bool.fetchOne(
            db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM searchBacklog WHERE snippetId = ?)"),
            arguments: [snippetId]) ?? false
    }

    /// Indexes every queued snippet and heading; returns how many snippets. `tokens` holds the
    /// index tokens of queued snippets already analysed (by the preparing threads of an import);
    /// the others are analysed from their text.
    @discardableResult
    static func indexBacklog(_ db: Database, tokens: [Int64: String] = [:]) throws -> Int {
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT s.id, s.text, s.contentKey FROM searchBacklog b JOIN snippet s ON s.id = b.snippetId
                ORDER BY s.contentKey
                """)
        var count = 0
        while let row = try rows.next() {
            let snippetId: Int64 = row[0]
            let text = tokens[snippetId] ?? SearchAnalyzer.indexTokens(row[1] as String)
            try insert(db, contentKey: row[2], tokens: text)
            count += 1
        }
        if count > 0 { try db.execute(sql: "DELETE FROM searchBacklog") }
        try db.execute(
            sql: """
                INSERT INTO sectionSearch (rowid, searchTokens)
                SELECT s.id, s.searchTokens FROM sectionBacklog b JOIN section s ON s.id = b.sectionId ORDER BY s.id;
                DELETE FROM sectionBacklog;
                """)
        return count
    }

    private static func insert(_ db: Database, contentKey: Int64, tokens: String) throws {
        try db.run("INSERT INTO snippetSearch (rowid, text) VALUES (?, ?)") { values in
            values.bind(contentKey)
            values.bind(tokens)
        }
    }

    /// Removes a snippet's index entry; a snippet still queued has none.
    static func delete(_ db: Database, snippetId: Int64, contentKey: Int64, text: String) throws {
        if try isQueued(db, snippetId: snippetId) { return }
        try remove(db, contentKey: contentKey, text: text)
    }

    /// Indexes an indexed snippet's new text in place of `formerText`.
    static func replace(_ db: Database, contentKey: Int64, formerText: String, tokens: String) throws {
        try remove(db, contentKey: contentKey, text: formerText)
        try insert(db, contentKey: contentKey, tokens: tokens)
    }

    private static func remove(_ db: Database, contentKey: Int64, text: String) throws {
        try db.cachedStatement(sql: "INSERT INTO snippetSearch (snippetSearch, rowid, text) VALUES ('delete', ?, ?)")
            .execute(arguments: [contentKey, SearchAnalyzer.indexTokens(text)])
    }

    /// Tags a snippet with the themes it has no tag of yet, up to `themesPerStatement` a statement.
    /// `OR IGNORE` rather than `OR REPLACE`: a statement that may replace rows needs a statement
    /// journal, which costs more than the insert.
    static func insertThemes(_ db: Database, snippetId: Int64, contentKey: Int64, rows: [ThemeRow]) throws {
        var start = 0
        while start < rows.count {
            let chunk = rows[start..<min(start + themesPerStatement, rows.count)]
            try db.run(insertThemesSQL[chunk.count]) { values in
                for row in chunk {
                    values.bind(snippetId)
                    values.bind(row.theme)
                    values.bind(row.score)
                    values.bind(row.cues)
                    values.bind(contentKey)
                }
            }
            start += chunk.count
        }
    }

    static let themesPerStatement = 8
    /// By number of rows: one statement per snippet costs less than one per tag.
    private static let insertThemesSQL = (0...themesPerStatement).map { count in
        "INSERT OR IGNORE INTO snippetTheme (snippetId, theme, score, cues, contentKey) VALUES "
            + Array(repeating: "(?, ?, ?, ?, ?)", count: count).joined(separator: ", ")
    }
}
