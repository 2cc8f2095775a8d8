import BiganLibrary
import BiganOutline
import BiganText
import BiganThemes
import GRDB

/// A snippet row as hits and catalog snippets read it: id, kind, text, heading path, a set's label and items.
struct SnippetRecord: FetchableRecord, Sendable {
    static let columns = "id, kind, text, headingPath, label, items, scope, function, facts"

    var id: Int64
    var kind: SnippetKind
    var text: String
    var headingPath: [String]
    var label: String?
    var items: [String]?
    var annotation: Annotation?

    init(row: Row) {
        id = row["id"]
        kind = SnippetKind(rawValue: row["kind"]) ?? .paragraph
        text = row["text"]
        headingPath = JSONArrayText.decode(row["headingPath"])
        label = row["label"]
        items = (row["items"] as String?).map { JSONArrayText.decode($0) }
        annotation = AnnotationRow.annotation(scope: row["scope"], function: row["function"], facts: row["facts"])
    }
}

/// A theme tag row: snippet, theme, score and the cue words (JSON) that earned it.
struct TagRecord: FetchableRecord, Sendable {
    var snippetId: Int64
    var theme: String
    var score: Double
    var cues: String

    init(row: Row) {
        snippetId = row["snippetId"]
        theme = row["theme"]
        score = row["score"]
        cues = row["cues"]
    }
}

/// Where a snippet occurs: file, speech title and occasion, line.
struct OriginRecord: FetchableRecord, Sendable {
    static let sql = """
        SELECT o.snippetId, source.path, speech.title, speech.occasion, speech.level, o.line FROM snippetSource o
        JOIN speech ON speech.id = o.speechId JOIN source ON source.id = speech.sourceId
        """

    var snippetId: Int64
    var path: String
    var title: String?
    var occasion: String?
    var level: Scope?
    var line: Int

    init(row: Row) {
        snippetId = row["snippetId"]
        path = row["path"]
        title = row["title"]
        occasion = row["occasion"]
        level = (row["level"] as String?).flatMap(Scope.init(rawValue:))
        line = row["line"]
    }

    var origin: SnippetOrigin { SnippetOrigin(file: path, speech: title, line: line) }
}

extension SQLiteStore {
    /// The hits for `ids` in that order, each with its score, read in one batch: the snippets,
    /// their tags, their first sources and how many sources each has. `theme` picks whose cue
    /// words explain a hit (else its strongest theme's).
    static func hits(_ ids: [Int64], scores: [Double], theme: String?, db: Database) throws -> [SnippetHit] {
        guard !ids.isEmpty else { return [] }
        let marks = databaseQuestionMarks(count: ids.count)
        let arguments = StatementArguments(ids)
        let snippets = Dictionary(
            try SnippetRecord.fetchAll(
                db, sql: "SELECT \(SnippetRecord.columns) FROM snippet WHERE id IN (\(marks))", arguments: arguments
            ).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let tags = Dictionary(
            grouping: try TagRecord.fetchAll(
                db,
                sql: """
                    SELECT snippetId, theme, score, cues FROM snippetTheme WHERE snippetId IN (\(marks))
                    ORDER BY snippetId, score DESC, theme
                    """, arguments: arguments), by: \.snippetId)
        let origins = try firstOrigins(of: ids, db: db)
        var counts: [Int64: Int] = [:]
        let countRows = try Row.fetchCursor(
            db, sql: "SELECT snippetId, COUNT(*) FROM snippetSource WHERE snippetId IN (\(marks)) GROUP BY snippetId",
            arguments: arguments)
        while let row = try countRows.next() { counts[row[0]] = row[1] }
        return zip(ids, scores).compactMap { id, score in
            guard let snippet = snippets[id] else { return nil }
            let themes = tags[id] ?? []
            let explaining = themes.first { theme == nil || $0.theme == theme }
            return SnippetHit(
                id: id, kind: snippet.kind, text: snippet.text, headingPath: snippet.headingPath,
                themes: themes.map(\.theme), source: origins[id]?.origin, score: score, label: snippet.label,
                items: snippet.items, sourceCount: counts[id] ?? 0,
                cues: explaining.map { JSONArrayText.decode($0.cues) }, annotation: snippet.annotation)
        }
    }

    /// The first occurrence of each of `ids`.
    static func firstOrigins(of ids: [Int64], db: Database) throws -> [Int64: OriginRecord] {
        guard !ids.isEmpty else { return [:] }
        var origins: [Int64: OriginRecord] = [:]
        let records = try OriginRecord.fetchCursor(
            db,
            sql: OriginRecord.sql
                + " WHERE o.snippetId IN (\(databaseQuestionMarks(count: ids.count))) ORDER BY o.snippetId, o.id",
            arguments: StatementArguments(ids))
        while let record = try records.next() {
            if origins[record.snippetId] == nil { origins[record.snippetId] = record }
        }
        return origins
    }
}
