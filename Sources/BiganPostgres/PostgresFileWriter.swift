import BiganLibrary
import Foundation
import PostgresNIO

/// Writes one file's speeches, headings and snippets (its `FileLayout`) inside the file's
/// transaction: each table's rows in one statement (`unnest` of arrays), a few round trips per
/// file whatever its size.
///
/// Writers on other machines store other files at the same time. Two writers of one path take
/// turns (a lock on the path's hash), so the second finds the first's file and stores nothing.
/// Snippets are deduplicated by their normalised-text hash: new ones are inserted in hash order,
/// and the ones already stored are locked in hash order, so two writers sharing paragraphs wait
/// for each other instead of deadlocking; what PostgreSQL still reports as a serialization
/// failure or deadlock makes `PostgresStore.transaction` store the file again from the start.
struct PostgresFileWriter {
    let connection: PostgresConnection
    let logger: Logger

    /// The first number of the two-part lock a path's writers take ("BG").
    static let pathLock: Int32 = 0x4247

    func store(_ prepared: PreparedDocument, layout: FileLayout) async throws -> FileImportOutcome {
        let fingerprint = prepared.fingerprint
        try await connection.run(
            "SELECT pg_advisory_xact_lock(\(Self.pathLock), hashtext(\(fingerprint.path)))", logger: logger)
        let previous = try await connection.firstRow(
            "SELECT id, contentHash FROM source WHERE path = \(fingerprint.path)", logger: logger
        ) { try $0.decode((Int64, Data).self) }
        if let previous, previous.1 == fingerprint.contentHash { return .unchanged }
        var former: [Int64] = []
        if let previous {
            former = try await connection.rows(
                """
                SELECT DISTINCT o.snippetId FROM snippetSource o JOIN speech ON speech.id = o.speechId
                WHERE speech.sourceId = \(previous.0)
                """, logger: logger
            ) { try $0.decode(Int64.self) }
            try await connection.run("DELETE FROM source WHERE id = \(previous.0)", logger: logger)
        }
        let sourceId = try await connection.firstRow(
            """
            INSERT INTO source (path, pathBytes, contentHash, encoding, size, importedAt)
            VALUES (\(fingerprint.path), \(ByteBuffer(bytes: fingerprint.pathBytes)),
                    \(ByteBuffer(data: fingerprint.contentHash)), \(prepared.document.encoding.rawValue),
                    \(fingerprint.size), now())
            RETURNING id
            """, logger: logger
        ) { try $0.decode(Int64.self) }!
        let speechIds = try await insertSpeeches(layout.speeches, sourceId: sourceId)
        let sectionIds = try await insertSections(layout.sections, speechIds: speechIds)
        var counts = try await storeSnippets(
            layout, path: fingerprint.path, speechIds: speechIds, sectionIds: sectionIds)
        try await settle(formerSnippetIds: former)
        counts.speeches = layout.speeches.count
        counts.replaced = previous != nil
        return .imported(counts)
    }

    private func insertSpeeches(_ speeches: [FileLayout.Speech], sourceId: Int64) async throws -> [Int64] {
        let rows = try await connection.rows(
            """
            INSERT INTO speech (sourceId, position, title, occasion, line, level)
            SELECT \(sourceId), u.position, u.title, u.occasion, u.line, u.level
            FROM unnest(\(Array(speeches.indices)), \(NullableArray(speeches.map(\.title))),
                        \(NullableArray(speeches.map(\.occasion))), \(speeches.map(\.line)),
                        \(NullableArray(speeches.map { $0.level?.rawValue })))
                 AS u(position, title, occasion, line, level)
            RETURNING position, id
            """, logger: logger
        ) { try $0.decode((Int, Int64).self) }
        let ids = Dictionary(rows, uniquingKeysWith: { first, _ in first })
        return speeches.indices.map { ids[$0]! }
    }

    /// Headings get their ids ahead, so each row can name its enclosing heading's.
    private func insertSections(_ sections: [FileLayout.Section], speechIds: [Int64]) async throws -> [Int64] {
        guard !sections.isEmpty else { return [] }
        let ids = try await connection.rows(
            "SELECT nextval('section_id_seq') FROM generate_series(1, \(sections.count))", logger: logger
        ) { try $0.decode(Int64.self) }
        try await connection.run(
            """
            INSERT INTO section (id, speechId, parentId, level, marker, text, line, position, searchTokens)
            SELECT u.id, u.speechId, u.parentId, u.level, u.marker, u.text, u.line, u.position, u.tokens::tsvector
            FROM unnest(\(ids), \(sections.map { speechIds[$0.speech] }), \(NullableArray(sections.map { $0.parent.map { ids[$0] } })),
                        \(sections.map(\.level)), \(NullableArray(sections.map(\.marker))), \(sections.map(\.text)),
                        \(sections.map(\.line)), \(sections.map(\.position)),
                        \(sections.map { TextSearchSyntax.vector($0.searchTokens) }))
                 AS u(id, speechId, parentId, level, marker, text, line, position, tokens)
            """, logger: logger)
        return ids
    }
}
