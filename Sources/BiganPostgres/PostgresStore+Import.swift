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

    /// Tags every snippet again. Imports wait for it (their tags would be deleted with the others'),
    /// searches go on.
    package func retag(with tagger: @escaping @Sendable (String, [String]) -> [ThemeTag]) async throws -> RetagCounts {
        try await write { connection, logger in
            try await connection.run("LOCK TABLE snippetTheme IN EXCLUSIVE MODE", logger: logger)
            try await connection.run("DELETE FROM snippetTheme", logger: logger)
            var counts = RetagCounts(snippets: 0, tags: 0)
            var last: Int64 = 0
            while true {
                let page = try await connection.rows(
                    """
                    SELECT id, text, headingPath, contentKey, kind FROM snippet WHERE id > \(last) ORDER BY id LIMIT 2000
                    """, logger: logger
                ) { try $0.decode((Int64, String, String, Int64, String).self) }
                guard let end = page.last else { break }
                var rows: [(id: Int64, key: Int64, kind: String, tag: ThemeTag)] = []
                for (id, text, headingPath, key, kind) in page {
                    rows += tagger(text, JSONArrayText.decode(headingPath)).map { (id, key, kind, $0) }
                }
                counts.snippets += page.count
                counts.tags += rows.count
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

    /// A transaction of a command (removing a file, retagging), its errors in a user's words.
    func write<T: Sendable>(_ body: (PostgresConnection, Logger) async throws -> T) async throws -> T {
        do {
            return try await transaction(body)
        } catch {
            throw PostgresFailure.biganError(error, address: address)
        }
    }
}
