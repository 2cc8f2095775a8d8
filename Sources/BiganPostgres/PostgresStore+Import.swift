import BiganLibrary
import BiganThemes
import Foundation
import PostgresNIO

extension PostgresStore {
    package func storedContentHashes() async throws -> [String: Data] {
        try await read { connection, logger in
            Dictionary(
                try await connection.rows("SELECT path, contentHash FROM source", logger: logger) {
                    try $0.decode((String, Data).self)
                }, uniquingKeysWith: { first, _ in first })
        }
    }

    package func withImportWriter<T: Sendable>(_ body: @Sendable (any ImportWriter) async throws -> T) async throws
        -> T
    {
        try await body(PostgresImportWriter(store: self))
    }

    @discardableResult
    package func removeSource(path: String) async throws -> Bool {
        try await write { connection, logger in
            try await connection.run(
                "SELECT pg_advisory_xact_lock(\(PostgresFileWriter.pathLock), hashtext(\(path)))", logger: logger)
            guard
                let sourceId = try await connection.firstRow(
                    "SELECT id FROM source WHERE path = \(path)", logger: logger, { try $0.decode(Int64.self) })
            else { return false }
            let former = try await connection.rows(
                """
                SELECT DISTINCT o.snippetId FROM snippetSource o JOIN speech ON speech.id = o.speechId
                WHERE speech.sourceId = \(sourceId)
                """, logger: logger
            ) { try $0.decode(Int64.self) }
            try await connection.run("DELETE FROM source WHERE id = \(sourceId)", logger: logger)
            try await PostgresFileWriter(connection: connection, logger: logger).settle(formerSnippetIds: former)
            return true
        }
    }

    /// Tags and annotates every snippet again, and every speech's level, as SQLite's `retag`.
    /// Imports wait for it (their tags would be deleted with the others'), searches go on.
    package func retag(with annotator: ThemeAnnotator) async throws -> RetagCounts {
        try await write { connection, logger in
            try await connection.run("LOCK TABLE snippetTheme IN EXCLUSIVE MODE", logger: logger)
            let levels = try await Self.speechLevels(connection, annotator: annotator.paragraphs, logger: logger)
            let speeches = levels.keys.sorted()
            try await connection.run(
                """
                UPDATE speech sp SET level = u.level
                FROM unnest(\(speeches), \(NullableArray(speeches.map { (levels[$0] ?? nil)?.rawValue })))
                     AS u(id, level)
                WHERE sp.id = u.id
                """, logger: logger)
            try await connection.run("DELETE FROM snippetTheme", logger: logger)
            var counts = RetagCounts(snippets: 0, tags: 0)
            var last: Int64 = 0
            while true {
                let page = try await connection.rows(
                    """
                    SELECT id, text, headingPath, contentKey, kind, speechId FROM snippet
                    WHERE id > \(last) ORDER BY id LIMIT 2000
                    """, logger: logger
                ) { try $0.decode((Int64, String, String, Int64, String, Int64?).self) }
                guard let end = page.last else { break }
                var rows: [(id: Int64, key: Int64, kind: String, tag: ThemeTag)] = []
                var annotations: [AnnotationRow] = []
                for (id, text, headingPath, key, kind, speechId) in page {
                    rows += annotator.themes(text: text, headingPath: JSONArrayText.decode(headingPath)).map {
                        (id, key, kind, $0)
                    }
                    let speechLevel = speechId.flatMap { levels[$0] } ?? nil
                    annotations.append(AnnotationRow(annotator.paragraphs.annotate(text, speechLevel: speechLevel)))
                }
                try await connection.run(
                    """
                    UPDATE snippet s SET scope = u.scope, function = u.function, facts = u.facts
                    FROM unnest(\(page.map(\.0)), \(annotations.map(\.scope)), \(annotations.map(\.function)),
                                \(annotations.map(\.facts))) AS u(id, scope, function, facts)
                    WHERE s.id = u.id
                    """, logger: logger)
                counts.snippets += page.count
                counts.tags += rows.count
                counts.tagged += Set(rows.map(\.id)).count
                last = end.0
                guard !rows.isEmpty else { continue }
                try await connection.run(
                    """
                    INSERT INTO snippetTheme (snippetId, theme, score, cues, contentKey, kind)
                    SELECT * FROM unnest(\(rows.map(\.id)), \(rows.map(\.tag.theme)), \(rows.map(\.tag.score)),
                                         \(rows.map { JSONArrayText.encode($0.tag.cues) }), \(rows.map(\.key)),
                                         \(rows.map(\.kind)))
                    ON CONFLICT DO NOTHING
                    """, logger: logger)
            }
            return counts
        }
    }

    /// Every speech's level, from its title and the texts it holds (`SpeechLevels`).
    static func speechLevels(_ connection: PostgresConnection, annotator: ParagraphAnnotator, logger: Logger)
        async throws -> [Int64: Scope?]
    {
        let titles = Dictionary(
            try await connection.rows("SELECT id, title FROM speech", logger: logger) {
                try $0.decode((Int64, String?).self)
            }, uniquingKeysWith: { first, _ in first })
        var levels = SpeechLevels(annotator: annotator, titles: titles)
        let rows = try await connection.query(
            """
            SELECT o.speechId, s.text FROM snippetSource o JOIN snippet s ON s.id = o.snippetId
            ORDER BY o.speechId, o.position, o.line
            """, logger: logger)
        for try await (speechId, text) in rows.decode((Int64, String).self) {
            levels.add(speechId: speechId, text: text)
        }
        return levels.finish()
    }

    package func unannotatedCount() async throws -> Int {
        try await read { connection, logger in
            try await connection.firstRow(
                "SELECT count(*) FROM snippet WHERE scope IS NULL", logger: logger, { try $0.decode(Int.self) }) ?? 0
        }
    }

    /// A transaction of a command (removing a file, retagging), its errors in a user's words.
    func write<T: Sendable>(_ body: (PostgresConnection, Logger) async throws -> T) async throws -> T {
        do {
            return try await transaction(body)
        } catch {
            throw PostgresFailure.biganError(error, address: address)
        }
    }
}
