import BiganLibrary
import Foundation
import PostgresNIO

/// Writes exported rows into a PostgreSQL library inside the transaction `importRows` holds open:
/// each batch in one statement, ids kept, search tokens and file names' bytes derived here.
struct PostgresRowWriter: LibraryRowWriter {
    let connection: PostgresConnection
    let logger: Logger

    func write(_ rows: LibraryRows) async throws {
        switch rows {
        case .sources(let rows):
            try await connection.run(
                """
                INSERT INTO source (id, path, pathBytes, contentHash, encoding, size, importedAt)
                SELECT * FROM unnest(\(rows.map(\.id)), \(rows.map(\.path)),
                                     \(rows.map { ByteBuffer(data: $0.pathBytes) }),
                                     \(rows.map { ByteBuffer(data: $0.contentHash) }), \(rows.map(\.encoding)),
                                     \(rows.map(\.size)), \(rows.map(\.importedAt)))
                """, logger: logger)
        case .speeches(let rows):
            try await connection.run(
                """
                INSERT INTO speech (id, sourceId, position, title, occasion, line, level)
                SELECT * FROM unnest(\(rows.map(\.id)), \(rows.map(\.sourceId)), \(rows.map(\.position)),
                                     \(NullableArray(rows.map(\.title))), \(NullableArray(rows.map(\.occasion))),
                                     \(rows.map(\.line)), \(NullableArray(rows.map(\.level))))
                """, logger: logger)
        case .sections(let rows):
            try await connection.run(
                """
                INSERT INTO section (id, speechId, parentId, level, marker, text, line, position, searchTokens)
                SELECT u.id, u.speechId, u.parentId, u.level, u.marker, u.text, u.line, u.position, u.tokens::tsvector
                FROM unnest(\(rows.map(\.id)), \(rows.map(\.speechId)), \(NullableArray(rows.map(\.parentId))),
                            \(rows.map(\.level)), \(NullableArray(rows.map(\.marker))), \(rows.map(\.text)),
                            \(rows.map(\.line)), \(rows.map(\.position)),
                            \(rows.map { TextSearchSyntax.vector(SearchAnalyzer.indexTokens($0.text)) }))
                     AS u(id, speechId, parentId, level, marker, text, line, position, tokens)
                """, logger: logger)
        case .snippets(let rows):
            try await connection.run(
                """
                WITH inserted AS (
                  INSERT INTO snippet (id, kind, text, normalizedHash, contentKey, characterCount, speechId,
                                       headingPath, position, label, items, createdAt, scope, function, facts)
                  SELECT u.id, u.kind, u.text, u.hash, u.contentKey, u.characterCount, u.speechId, u.headingPath,
                         u.position, u.label, u.items, u.createdAt, u.scope, u.function, u.facts
                  FROM unnest(\(rows.map(\.id)), \(rows.map(\.kind)), \(rows.map(\.text)),
                            \(rows.map { ByteBuffer(data: $0.normalizedHash) }), \(rows.map(\.contentKey)),
                            \(rows.map(\.characterCount)), \(NullableArray(rows.map(\.speechId))),
                            \(rows.map(\.headingPath)), \(rows.map(\.position)), \(NullableArray(rows.map(\.label))),
                            \(NullableArray(rows.map(\.items))), \(rows.map(\.createdAt)),
                            \(NullableArray(rows.map(\.annotation?.scope))),
                            \(NullableArray(rows.map(\.annotation?.function))),
                            \(NullableArray(rows.map(\.annotation?.facts))))
                       AS u(id, kind, text, hash, contentKey, characterCount, speechId, headingPath, position, label,
                            items, createdAt, scope, function, facts)
                  RETURNING id)
                INSERT INTO snippetSearch (snippetId, contentKey, kind, searchTokens)
                SELECT u.id, u.contentKey, u.kind, u.tokens::tsvector
                FROM unnest(\(rows.map(\.id)), \(rows.map(\.contentKey)), \(rows.map(\.kind)),
                            \(rows.map { TextSearchSyntax.vector(SearchAnalyzer.indexTokens($0.text)) }))
                     AS u(id, contentKey, kind, tokens)
                WHERE u.id IN (SELECT id FROM inserted)
                """, logger: logger)
        case .occurrences(let rows):
            try await connection.run(
                """
                INSERT INTO snippetSource (id, snippetId, speechId, sectionId, line, position, headingPath)
                SELECT * FROM unnest(\(rows.map(\.id)), \(rows.map(\.snippetId)), \(rows.map(\.speechId)),
                                     \(NullableArray(rows.map(\.sectionId))), \(rows.map(\.line)),
                                     \(rows.map(\.position)), \(rows.map(\.headingPath)))
                """, logger: logger)
        case .tags(let rows):
            try await connection.run(
                """
                INSERT INTO snippetTheme (snippetId, theme, score, cues, contentKey, kind)
                SELECT u.snippetId, u.theme, u.score, u.cues, u.contentKey, s.kind
                FROM unnest(\(rows.map(\.snippetId)), \(rows.map(\.theme)), \(rows.map(\.score)),
                            \(rows.map(\.cues)), \(rows.map(\.contentKey))) AS u(snippetId, theme, score, cues, contentKey)
                JOIN snippet s ON s.id = u.snippetId
                """, logger: logger)
        }
    }
}
