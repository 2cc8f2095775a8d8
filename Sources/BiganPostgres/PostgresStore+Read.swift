import BiganLibrary
import BiganThemes
import PostgresNIO

extension PostgresStore {
    package func snippets(theme: String?, kind: SnippetKind?, limit: Int) async throws -> [SnippetHit] {
        try await read { connection, logger in
            let rows: [(Int64, Double)]
            if let theme {
                rows = try await connection.rows(
                    """
                    SELECT t.snippetId, t.score FROM snippetTheme t
                    WHERE t.theme = \(theme) AND (\(kind?.rawValue)::text IS NULL OR t.kind = \(kind?.rawValue))
                    ORDER BY t.score DESC, t.contentKey LIMIT \(limit)
                    """, logger: logger
                ) { try $0.decode((Int64, Double).self) }
            } else {
                rows = try await connection.rows(
                    """
                    SELECT id, 0.0::float8 FROM snippet WHERE (\(kind?.rawValue)::text IS NULL OR kind = \(kind?.rawValue))
                    ORDER BY contentKey LIMIT \(limit)
                    """, logger: logger
                ) { try $0.decode((Int64, Double).self) }
            }
            return try await Self.hits(
                rows.map(\.0), scores: rows.map(\.1), theme: theme, connection: connection, logger: logger)
        }
    }

    package func themeCounts() async throws -> [ThemeCount] {
        try await read { connection, logger in
            try await connection.rows(
                """
                SELECT theme, count(*) FROM snippetTheme GROUP BY theme ORDER BY count(*) DESC, theme COLLATE "C"
                """, logger: logger
            ) { row in
                let (name, count) = try row.decode((String, Int).self)
                return ThemeCount(name: name, count: count)
            }
        }
    }

    package func detail(id: Int64) async throws -> SnippetDetail? {
        try await read { connection, logger in
            guard
                let (kind, text, headingPath, label, items, characterCount, scope, function, facts) =
                    try await connection.firstRow(
                        """
                        SELECT kind, text, headingPath, label, items, characterCount, scope, function, facts
                        FROM snippet WHERE id = \(id)
                        """, logger: logger,
                        {
                            try $0.decode(
                                (String, String, String, String?, String?, Int, String?, String?, String?).self)
                        })
            else { return nil }
            let record = SnippetRecord(
                id: id, kind: kind, text: text, headingPath: headingPath, label: label, items: items, contentKey: 0,
                scope: scope, function: function, facts: facts)
            let themes = try await connection.rows(
                """
                SELECT theme, score, cues FROM snippetTheme WHERE snippetId = \(id) ORDER BY score DESC, theme COLLATE "C"
                """, logger: logger
            ) { row in
                let (theme, score, cues) = try row.decode((String, Double, String).self)
                return ThemeTag(theme: theme, score: score, cues: JSONArrayText.decode(cues))
            }
            let occurrences = try await connection.rows(
                """
                SELECT source.path, speech.title, o.line, o.headingPath, o.speechId, o.position
                FROM snippetSource o JOIN speech ON speech.id = o.speechId JOIN source ON source.id = speech.sourceId
                WHERE o.snippetId = \(id) ORDER BY \(unescaped: Self.occurrenceOrder)
                """, logger: logger
            ) { try $0.decode((String, String?, Int, String, Int64, Int).self) }
            var detail = SnippetDetail(
                id: id, kind: record.kind, text: record.text, headingPath: record.headingPath, themes: themes,
                label: record.label, items: record.items, characterCount: characterCount,
                sources: occurrences.map {
                    .init(file: $0.0, speech: $0.1, line: $0.2, headingPath: JSONArrayText.decode($0.3))
                })
            if let annotation = record.annotation {
                (detail.scope, detail.function, detail.facts) = (
                    annotation.scope, annotation.function, annotation.facts
                )
            }
            if let first = occurrences.first {
                let isSet = record.kind == .set
                detail.before = try await Self.neighbour(
                    speechId: first.4, position: first.5, after: false, isSet: isSet, connection: connection,
                    logger: logger)
                detail.after = try await Self.neighbour(
                    speechId: first.4, position: first.5, after: true, isSet: isSet, connection: connection,
                    logger: logger)
            }
            return detail
        }
    }

    /// The paragraph next to an occurrence in its speech; a set sits before the paragraph at its position.
    private static func neighbour(
        speechId: Int64, position: Int, after: Bool, isSet: Bool, connection: PostgresConnection, logger: Logger
    ) async throws -> SnippetDetail.Neighbour? {
        let comparison = after ? (isSet ? ">=" : ">") : "<"
        return try await connection.firstRow(
            """
            SELECT s.id, s.kind, s.text, o.line FROM snippetSource o JOIN snippet s ON s.id = o.snippetId
            WHERE o.speechId = \(speechId) AND o.position \(unescaped: comparison) \(position) AND s.kind <> 'set'
            ORDER BY o.position \(unescaped: after ? "ASC" : "DESC") LIMIT 1
            """, logger: logger
        ) { row in
            let (id, kind, text, line) = try row.decode((Int64, String, String, Int).self)
            return SnippetDetail.Neighbour(
                id: id, kind: SnippetKind(rawValue: kind) ?? .paragraph, text: text, line: line)
        }
    }
}
