import BiganLibrary
import PostgresNIO

extension PostgresStore {
    /// `ORDER BY` of a snippet's occurrences, least first (`OccurrencePlace`, then the line): over
    /// `snippetSource o` joined with its `speech` and `source`. Paths compare as bytes, as SQLite's do.
    static let occurrenceOrder = #"source.path COLLATE "C", speech.position, o.position, o.line"#

    /// The hits for `ids` in that order, each with its score.
    static func hits(
        _ ids: [Int64], scores: [Double], theme: String?, connection: PostgresConnection, logger: Logger
    ) async throws -> [SnippetHit] {
        let records = try await records(ids, connection: connection, logger: logger)
        return SnippetHit.assemble(
            ids: ids, scores: scores, theme: theme, snippets: records.snippets, tags: records.tags,
            origins: records.origins, counts: records.counts)
    }

    /// What hits and catalog snippets are made of, for `ids` (in no particular order), read in one
    /// statement (a round trip costs more than the rows): the snippets, their tags strongest first,
    /// their first sources and how many sources each has.
    static func records(_ ids: [Int64], connection: PostgresConnection, logger: Logger) async throws -> (
        snippets: [SnippetRecord], tags: [TagRecord], origins: [Int64: OriginRecord], counts: [Int64: Int]
    ) {
        guard !ids.isEmpty else { return ([], [], [:], [:]) }
        var snippets: [SnippetRecord] = []
        var tags: [TagRecord] = []
        var origins: [Int64: OriginRecord] = [:]
        var counts: [Int64: Int] = [:]
        let rows = try await connection.query(
            """
            SELECT s.id, s.kind, s.text, s.headingPath, s.label, s.items, s.contentKey,
                   (SELECT count(*) FROM snippetSource c WHERE c.snippetId = s.id),
                   t.themes, t.scores, t.cues, f.path, f.title, f.occasion, f.line, f.level,
                   s.scope, s.function, s.facts
            FROM snippet s
            LEFT JOIN LATERAL (
                SELECT array_agg(theme ORDER BY score DESC, theme COLLATE "C") AS themes,
                       array_agg(score ORDER BY score DESC, theme COLLATE "C") AS scores,
                       array_agg(cues ORDER BY score DESC, theme COLLATE "C") AS cues
                FROM snippetTheme WHERE snippetId = s.id) t ON true
            LEFT JOIN LATERAL (
                SELECT source.path, speech.title, speech.occasion, o.line, speech.level
                FROM snippetSource o JOIN speech ON speech.id = o.speechId JOIN source ON source.id = speech.sourceId
                WHERE o.snippetId = s.id ORDER BY \(unescaped: occurrenceOrder) LIMIT 1) f ON true
            WHERE s.id = ANY(\(ids))
            """, logger: logger)
        for try await row in rows {
            let (id, kind, text, headingPath, label, items, contentKey, count) = try row.decode(
                (Int64, String, String, String, String?, String?, Int64, Int).self)
            let columns = row.makeRandomAccess()
            let (scope, function, facts) = try columns.annotationColumns(from: 16)
            snippets.append(
                SnippetRecord(
                    id: id, kind: kind, text: text, headingPath: headingPath, label: label, items: items,
                    contentKey: contentKey, scope: scope, function: function, facts: facts))
            counts[id] = count
            let themes = try columns[8].decode([String]?.self) ?? []
            let themeScores = try columns[9].decode([Double]?.self) ?? []
            let cues = try columns[10].decode([String]?.self) ?? []
            for index in themes.indices {
                tags.append(
                    TagRecord(snippetId: id, theme: themes[index], score: themeScores[index], cues: cues[index]))
            }
            if let path = try columns[11].decode(String?.self) {
                origins[id] = OriginRecord(
                    snippetId: id, path: path, title: try columns[12].decode(String?.self),
                    occasion: try columns[13].decode(String?.self), level: try columns[15].decode(String?.self),
                    line: try columns[14].decode(Int.self))
            }
        }
        return (snippets, tags, origins, counts)
    }
}
