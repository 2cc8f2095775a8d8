import BiganLibrary
import PostgresNIO

extension PostgresStore {
    /// `ORDER BY` of a snippet's occurrences, least first (`OccurrencePlace`, then the line): over
    /// `snippetSource o` joined with its `speech` and `source`. Paths compare as bytes, as SQLite's do.
    static let occurrenceOrder = #"source.path COLLATE "C", speech.position, o.position, o.line"#

    /// The hits for `ids` in that order, each with its score, read in one batch: the snippets,
    /// their tags, their first sources and how many sources each has.
    static func hits(
        _ ids: [Int64], scores: [Double], theme: String?, connection: PostgresConnection, logger: Logger
    ) async throws -> [SnippetHit] {
        guard !ids.isEmpty else { return [] }
        let snippets = try await snippetRecords(ids, connection: connection, logger: logger)
        let tags = try await connection.rows(
            """
            SELECT snippetId, theme, score, cues FROM snippetTheme WHERE snippetId = ANY(\(ids))
            ORDER BY snippetId, score DESC, theme COLLATE "C"
            """, logger: logger
        ) { row in
            let (snippetId, theme, score, cues) = try row.decode((Int64, String, Double, String).self)
            return TagRecord(snippetId: snippetId, theme: theme, score: score, cues: cues)
        }
        let counts = Dictionary(
            try await connection.rows(
                "SELECT snippetId, count(*) FROM snippetSource WHERE snippetId = ANY(\(ids)) GROUP BY snippetId",
                logger: logger
            ) { try $0.decode((Int64, Int).self) }, uniquingKeysWith: { first, _ in first })
        return SnippetHit.assemble(
            ids: ids, scores: scores, theme: theme, snippets: snippets, tags: tags,
            origins: try await firstOrigins(of: ids, connection: connection, logger: logger), counts: counts)
    }

    /// The snippet records of `ids`, in no particular order.
    static func snippetRecords(_ ids: [Int64], connection: PostgresConnection, logger: Logger) async throws
        -> [SnippetRecord]
    {
        try await connection.rows(
            """
            SELECT id, kind, text, headingPath, label, items, contentKey FROM snippet WHERE id = ANY(\(ids))
            """, logger: logger
        ) { row in
            let (id, kind, text, headingPath, label, items, contentKey) = try row.decode(
                (Int64, String, String, String, String?, String?, Int64).self)
            return SnippetRecord(
                id: id, kind: kind, text: text, headingPath: headingPath, label: label, items: items,
                contentKey: contentKey)
        }
    }

    /// The first occurrence of each of `ids` (`OccurrencePlace`).
    static func firstOrigins(of ids: [Int64], connection: PostgresConnection, logger: Logger) async throws
        -> [Int64: OriginRecord]
    {
        guard !ids.isEmpty else { return [:] }
        let records = try await connection.rows(
            """
            SELECT DISTINCT ON (o.snippetId) o.snippetId, source.path, speech.title, speech.occasion, o.line
            FROM snippetSource o JOIN speech ON speech.id = o.speechId JOIN source ON source.id = speech.sourceId
            WHERE o.snippetId = ANY(\(ids))
            ORDER BY o.snippetId, \(unescaped: occurrenceOrder)
            """, logger: logger
        ) { row in
            let (snippetId, path, title, occasion, line) = try row.decode((Int64, String, String?, String?, Int).self)
            return OriginRecord(snippetId: snippetId, path: path, title: title, occasion: occasion, line: line)
        }
        return Dictionary(records.map { ($0.snippetId, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
