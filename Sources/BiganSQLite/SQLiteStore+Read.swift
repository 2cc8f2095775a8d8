import BiganLibrary
import BiganOutline
import BiganText
import BiganThemes
import GRDB

extension SQLiteStore {
    package func snippets(theme: String?, kind: SnippetKind?, limit: Int) async throws -> [SnippetHit] {
        try await read { db in
            let rows: [Row]
            if let theme {
                let kinds = kind.map { [$0.rawValue] } ?? []
                let tagged = Self.taggedSQL(kindCount: kinds.count, paragraphs: kind == .paragraph)
                rows = try Row.fetchAll(
                    db, sql: "SELECT s.id, t.score \(tagged) LIMIT ?",
                    arguments: StatementArguments([theme] + kinds + [limit]))
            } else if let kind {
                rows = try Row.fetchAll(
                    db, sql: "SELECT s.id, 0.0 FROM snippet s WHERE s.kind = ? ORDER BY s.contentKey LIMIT ?",
                    arguments: [kind.rawValue, limit])
            } else {
                rows = try Row.fetchAll(
                    db, sql: "SELECT s.id, 0.0 FROM snippet s ORDER BY s.contentKey LIMIT ?", arguments: [limit])
            }
            return try Self.hits(rows.map { $0[0] }, scores: rows.map { $0[1] }, theme: theme, db: db)
        }
    }

    package func themeCounts() async throws -> [ThemeCount] {
        try await read { db in
            try Row.fetchAll(
                db, sql: "SELECT theme, COUNT(*) FROM snippetTheme GROUP BY theme ORDER BY COUNT(*) DESC, theme"
            ).map { ThemeCount(name: $0[0], count: $0[1]) }
        }
    }

    package func detail(id: Int64) async throws -> SnippetDetail? {
        try await read { db in
            guard let snippet = try Snippet.fetchOne(db, key: id) else { return nil }
            let themes = try TagRecord.fetchAll(
                db,
                sql:
                    "SELECT snippetId, theme, score, cues FROM snippetTheme WHERE snippetId = ? ORDER BY score DESC, theme",
                arguments: [id]
            ).map { ThemeTag(theme: $0.theme, score: $0.score, cues: JSONArrayText.decode($0.cues)) }
            let occurrences = try OccurrenceRecord.fetchAll(db, sql: OccurrenceRecord.sql, arguments: [id])
            var detail = SnippetDetail(
                id: id, kind: snippet.kind, text: snippet.text, headingPath: snippet.headingPath, themes: themes,
                label: snippet.label, items: snippet.items, characterCount: snippet.characterCount,
                sources: occurrences.map(\.occurrence))
            if let annotation = snippet.annotation {
                (detail.scope, detail.function, detail.facts) = (
                    annotation.scope, annotation.function, annotation.facts
                )
            }
            if let first = occurrences.first {
                let isSet = snippet.kind == .set
                detail.before = try Self.neighbour(db, first, after: false, isSet: isSet)
                detail.after = try Self.neighbour(db, first, after: true, isSet: isSet)
            }
            return detail
        }
    }

    /// The paragraph next to an occurrence in its speech; a set sits before the paragraph at its position.
    private static func neighbour(_ db: Database, _ occurrence: OccurrenceRecord, after: Bool, isSet: Bool) throws
        -> SnippetDetail.Neighbour?
    {
        let comparison = after ? (isSet ? ">=" : ">") : "<"
        let sql = """
            SELECT s.id, s.kind, s.text, o.line FROM snippetSource o JOIN snippet s ON s.id = o.snippetId
            WHERE o.speechId = ? AND o.position \(comparison) ? AND s.kind != 'set'
            ORDER BY o.position \(after ? "ASC" : "DESC") LIMIT 1
            """
        return try Row.fetchOne(db, sql: sql, arguments: [occurrence.speechId, occurrence.position]).map {
            .init(id: $0[0], kind: SnippetKind(rawValue: $0[1]) ?? .paragraph, text: $0[2], line: $0[3])
        }
    }
}

/// One place a snippet was found, as `show` lists it.
struct OccurrenceRecord: FetchableRecord {
    static let sql = """
        SELECT source.path, speech.title, o.line, o.headingPath, o.speechId, o.position
        FROM snippetSource o JOIN speech ON speech.id = o.speechId JOIN source ON source.id = speech.sourceId
        WHERE o.snippetId = ? ORDER BY \(SQLiteStore.occurrenceOrder)
        """

    var occurrence: SnippetDetail.Occurrence
    var speechId: Int64
    var position: Int

    init(row: Row) {
        occurrence = SnippetDetail.Occurrence(
            file: row["path"], speech: row["title"], line: row["line"],
            headingPath: JSONArrayText.decode(row["headingPath"]))
        speechId = row["speechId"]
        position = row["position"]
    }
}
