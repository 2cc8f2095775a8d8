import BiganLibrary
import Foundation
import PostgresNIO

/// What a check of a speech asks of the library, as SQLite's (`SQLiteStore+Check`): the snippets
/// and headings holding each run of text, found through the GIN indexes, and their texts, facts and
/// sources.
extension PostgresStore {
    package func passageIDs(containing phrases: [String], limit: Int) async throws -> [[LibraryPassage.ID]] {
        let queries = phrases.map { phrase in
            SearchAnalyzer.phrase(forRun: phrase).map { TextSearchSyntax.phrase(tokens: $0.tokens, prefix: $0.prefix) }
        }
        return try await read { connection, logger in
            var found: [[LibraryPassage.ID]] = []
            for query in queries {
                guard let query else {
                    found.append([])
                    continue
                }
                let snippets = try await connection.rows(
                    """
                    SELECT snippetId FROM snippetSearch WHERE searchTokens @@ \(query)::tsquery
                    ORDER BY contentKey LIMIT \(limit)
                    """, logger: logger, { try $0.decode(Int64.self) })
                let headings = try await connection.rows(
                    "SELECT id FROM section WHERE searchTokens @@ \(query)::tsquery ORDER BY id LIMIT \(limit)",
                    logger: logger, { try $0.decode(Int64.self) })
                found.append(snippets.map(LibraryPassage.ID.snippet) + headings.map(LibraryPassage.ID.heading))
            }
            return found
        }
    }

    package func passages(ids: [LibraryPassage.ID]) async throws -> [LibraryPassage] {
        let unique = Set(ids).sorted()
        let snippets = unique.compactMap { id -> Int64? in if case .snippet(let number) = id { number } else { nil } }
        let headings = unique.compactMap { id -> Int64? in if case .heading(let number) = id { number } else { nil } }
        return try await read { connection, logger in
            var sources: [Int64: [LibraryPassage.Source]] = [:]
            for (snippetId, path, line, hash) in try await connection.rows(
                """
                SELECT o.snippetId, source.path, o.line, source.contentHash FROM snippetSource o
                JOIN speech ON speech.id = o.speechId JOIN source ON source.id = speech.sourceId
                WHERE o.snippetId = ANY(\(snippets)) ORDER BY o.snippetId, \(unescaped: Self.occurrenceOrder)
                """, logger: logger, { try $0.decode((Int64, String, Int, Data).self) })
            {
                sources[snippetId, default: []].append(.init(file: path, line: line, contentHash: hash))
            }
            let found = try await connection.rows(
                "SELECT id, text, facts FROM snippet WHERE id = ANY(\(snippets)) ORDER BY id", logger: logger
            ) { try $0.decode((Int64, String, String?).self) }.map { id, text, facts in
                LibraryPassage(
                    id: .snippet(id), text: text, facts: AnnotationRow.decodeFacts(facts), sources: sources[id] ?? [])
            }
            let titles = try await connection.rows(
                """
                SELECT section.id, section.text, source.path, section.line, source.contentHash FROM section
                JOIN speech ON speech.id = section.speechId JOIN source ON source.id = speech.sourceId
                WHERE section.id = ANY(\(headings)) ORDER BY section.id
                """, logger: logger
            ) { row in
                let (id, text, path, line, hash) = try row.decode((Int64, String, String, Int, Data).self)
                return LibraryPassage(
                    id: .heading(id), text: text, facts: [],
                    sources: [.init(file: path, line: line, contentHash: hash)])
            }
            return found + titles
        }
    }
}
