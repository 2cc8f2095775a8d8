import BiganLibrary
import BiganOutline
import BiganText
import BiganThemes
import GRDB

extension SnippetRecord: FetchableRecord {
    static let columns = "id, kind, text, headingPath, label, items, contentKey, scope, function, facts"

    package init(row: Row) {
        self.init(
            id: row["id"], kind: row["kind"], text: row["text"], headingPath: row["headingPath"], label: row["label"],
            items: row["items"], contentKey: row["contentKey"], scope: row["scope"], function: row["function"],
            facts: row["facts"])
    }
}

extension TagRecord: FetchableRecord {
    package init(row: Row) {
        self.init(snippetId: row["snippetId"], theme: row["theme"], score: row["score"], cues: row["cues"])
    }
}

extension OriginRecord: FetchableRecord {
    static let sql = """
        SELECT o.snippetId, source.path, speech.title, speech.occasion, speech.level, o.line FROM snippetSource o
        JOIN speech ON speech.id = o.speechId JOIN source ON source.id = speech.sourceId
        """

    package init(row: Row) {
        self.init(
            snippetId: row["snippetId"], path: row["path"], title: row["title"], occasion: row["occasion"],
            level: row["level"], line: row["line"])
    }
}

extension SQLiteStore {
    /// The hits for `ids` in that order, each with its score, read in one batch: the snippets,
    /// their tags, their first sources and how many sources each has. `theme` picks whose cue
    /// words explain a hit (else its strongest theme's).
    static func hits(_ ids: [Int64], scores: [Double], theme: String?, db: Database) throws -> [SnippetHit] {
        guard !ids.isEmpty else { return [] }
        let marks = databaseQuestionMarks(count: ids.count)
        let arguments = StatementArguments(ids)
        let snippets = try SnippetRecord.fetchAll(
            db, sql: "SELECT \(SnippetRecord.columns) FROM snippet WHERE id IN (\(marks))", arguments: arguments)
        let tags = try TagRecord.fetchAll(
            db,
            sql: """
                SELECT snippetId, theme, score, cues FROM snippetTheme WHERE snippetId IN (\(marks))
                ORDER BY snippetId, score DESC, theme
                """, arguments: arguments)
        var counts: [Int64: Int] = [:]
        let countRows = try Row.fetchCursor(
            db, sql: "SELECT snippetId, COUNT(*) FROM snippetSource WHERE snippetId IN (\(marks)) GROUP BY snippetId",
            arguments: arguments)
        while let row = try countRows.next() { counts[row[0]] = row[1] }
        return SnippetHit.assemble(
            ids: ids, scores: scores, theme: theme, snippets: snippets, tags: tags,
            origins: try firstOrigins(of: ids, db: db), counts: counts)
    }

    /// The first occurrence of each of `ids` (`OccurrencePlace`).
    static func firstOrigins(of ids: [Int64], db: Database) throws -> [Int64: OriginRecord] {
        guard !ids.isEmpty else { return [:] }
        var origins: [Int64: OriginRecord] = [:]
        let records = try OriginRecord.fetchCursor(
            db,
            sql: OriginRecord.sql
                + " WHERE o.snippetId IN (\(databaseQuestionMarks(count: ids.count)))"
                + " ORDER BY o.snippetId, \(occurrenceOrder)",
            arguments: StatementArguments(ids))
        while let record = try records.next() {
            if origins[record.snippetId] == nil { origins[record.snippetId] = record }
        }
        return origins
    }
}
