import GRDB

extension SnippetLibrary {
    /// Snippets tagged with `theme` (best score first) and/or of `kind` (in library order).
    public func snippets(theme: String?, kind: SnippetKind? = nil, limit: Int = 20) throws -> [SnippetHit] {
        let columns = "s.id, s.kind, s.text, s.headingPath, s.label, s.items"
        return try dbWriter.read { db in
            let rows: [Row]
            if let theme {
                let kinds = kind.map { [$0.rawValue] } ?? []
                let tagged = Self.taggedSQL(kindCount: kinds.count, paragraphs: kind == .paragraph)
                rows = try Row.fetchAll(
                    db, sql: "SELECT \(columns), t.score AS score \(tagged) LIMIT ?",
                    arguments: StatementArguments([theme] + kinds + [limit]))
            } else {
                rows = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT \(columns), 0.0 AS score FROM snippet s
                        WHERE (?1 IS NULL OR s.kind = ?1) ORDER BY s.id LIMIT ?2
                        """, arguments: [kind?.rawValue, limit])
            }
            return try rows.map { try Self.hit(from: $0, score: $0["score"], theme: theme, db: db) }
        }
    }

    /// Theme names with the number of snippets tagged with each, largest first.
    public func themeCounts() throws -> [ThemeCount] {
        try dbWriter.read { db in
            try Row.fetchAll(
                db, sql: "SELECT theme, COUNT(*) FROM snippetTheme GROUP BY theme ORDER BY COUNT(*) DESC, theme"
            ).map { ThemeCount(name: $0[0], count: $0[1]) }
        }
    }

    /// One snippet by id.
    public func snippet(id: Int64) throws -> Snippet? {
        try dbWriter.read { db in try Snippet.fetchOne(db, key: id) }
    }

    /// A snippet with its themes, all its sources and its neighbouring paragraphs; nil if no such id.
    public func detail(id: Int64) throws -> SnippetDetail? {
        try dbWriter.read { db in
            guard let snippet = try Snippet.fetchOne(db, key: id) else { return nil }
            let themes = try Row.fetchAll(
                db, sql: "SELECT theme, score, cues FROM snippetTheme WHERE snippetId = ? ORDER BY score DESC, theme",
                arguments: [id]
            ).map { ThemeTag(theme: $0[0], score: $0[1], cues: JSONArrayText.decode($0[2])) }
            let occurrences = try Row.fetchAll(
                db,
                sql: """
                    SELECT source.path, speech.title, o.line, o.headingPath, o.speechId, o.position
                    FROM snippetSource o JOIN speech ON speech.id = o.speechId JOIN source ON source.id = speech.sourceId
                    WHERE o.snippetId = ? ORDER BY o.id
                    """, arguments: [id])
            var detail = SnippetDetail(
                id: id, kind: snippet.kind, text: snippet.text, headingPath: snippet.headingPath, themes: themes,
                label: snippet.label, items: snippet.items, characterCount: snippet.characterCount,
                sources: occurrences.map {
                    .init(file: $0[0], speech: $0[1], line: $0[2], headingPath: JSONArrayText.decode($0[3]))
                })
            if let first = occurrences.first {
                let isSet = snippet.kind == .set
                detail.before = try neighbour(db, speechId: first[4], position: first[5], after: false, isSet: isSet)
                detail.after = try neighbour(db, speechId: first[4], position: first[5], after: true, isSet: isSet)
            }
            return detail
        }
    }

    /// The paragraph next to `position` in a speech; a set sits before the paragraph at its position.
    private func neighbour(_ db: Database, speechId: Int64, position: Int, after: Bool, isSet: Bool) throws
        -> SnippetDetail.Neighbour?
    {
        let comparison = after ? (isSet ? ">=" : ">") : "<"
        let sql = """
            SELECT s.id, s.kind, s.text, o.line FROM snippetSource o JOIN snippet s ON s.id = o.snippetId
            WHERE o.speechId = ? AND o.position \(comparison) ? AND s.kind != 'set'
            ORDER BY o.position \(after ? "ASC" : "DESC") LIMIT 1
            """
        return try Row.fetchOne(db, sql: sql, arguments: [speechId, position]).map {
            .init(id: $0[0], kind: SnippetKind(rawValue: $0[1]) ?? .paragraph, text: $0[2], line: $0[3])
        }
    }
}
