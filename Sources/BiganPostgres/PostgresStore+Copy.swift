import BiganLibrary
import BiganText
import Foundation
import PostgresNIO

extension PostgresStore {
    /// Every row, in batches, from one snapshot (a repeatable-read transaction), through cursors.
    package func exportRows(_ receive: @Sendable (LibraryRows) async throws -> Void) async throws -> LibraryStats {
        do {
            return try await pool.withConnection { connection, logger in
                try await connection.run("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY", logger: logger)
                do {
                    let stats = try await stats(connection, logger: logger)
                    for table in Self.exportedTables {
                        try await connection.run(
                            "DECLARE exported NO SCROLL CURSOR FOR \(unescaped: table.query)", logger: logger)
                        while true {
                            let rows = try await connection.rows(
                                "FETCH FORWARD \(unescaped: String(LibraryRows.batchSize)) FROM exported",
                                logger: logger, { $0 })
                            guard !rows.isEmpty else { break }
                            try await receive(try table.batch(rows))
                        }
                        try await connection.run("CLOSE exported", logger: logger)
                    }
                    try await connection.run("COMMIT", logger: logger)
                    return stats
                } catch {
                    if !PostgresFailure.isConnectionLost(error) {
                        try? await connection.run("ROLLBACK", logger: logger)
                    }
                    throw error
                }
            }
        } catch {
            throw PostgresFailure.biganError(error, address: address)
        }
    }

    package func importRows(_ body: @Sendable (any LibraryRowWriter) async throws -> LibraryStats) async throws
        -> LibraryStats
    {
        do {
            return try await pool.withConnection { connection, logger in
                try await Self.inTransaction(connection, logger: logger) {
                    // No writer adds a file while the copy fills the library.
                    try await connection.run("LOCK TABLE source IN EXCLUSIVE MODE", logger: logger)
                    guard try await stats(connection, logger: logger).isEmpty else {
                        throw BiganError(
                            file: address.description, "不是空的片段库；只能复制到空的片段库里（换一个新文件或新数据库）")
                    }
                    let expected = try await body(PostgresRowWriter(connection: connection, logger: logger))
                    for table in ["source", "speech", "section", "snippet", "snippetSource"] {
                        try await connection.run(
                            """
                            SELECT setval('\(unescaped: table)_id_seq', coalesce(max(id), 0) + 1, false) FROM \(unescaped: table)
                            """, logger: logger)
                    }
                    let stats = try await stats(connection, logger: logger)
                    guard stats.holdsTheSame(as: expected) else {
                        throw BiganError(
                            file: address.description,
                            "复制后的计数不符（应为 \(expected.countsDescription)；实为 \(stats.countsDescription)），什么也没有写入")
                    }
                    return stats
                }
            }
        } catch {
            throw PostgresFailure.biganError(error, address: address)
        }
    }

    /// How each table is read, and its rows made a batch.
    private struct ExportedTable: Sendable {
        var query: String
        var batch: @Sendable ([PostgresRow]) throws -> LibraryRows
    }

    private static let exportedTables: [ExportedTable] = [
        ExportedTable(
            query: "SELECT id, path, pathBytes, contentHash, encoding, size, importedAt FROM source ORDER BY id"
        ) {
            .sources(
                try $0.map { row in
                    let (id, path, pathBytes, hash, encoding, size, importedAt) = try row.decode(
                        (Int64, String, Data, Data, String, Int64, Date).self)
                    return .init(
                        id: id, path: path, pathBytes: pathBytes, contentHash: hash, encoding: encoding, size: size,
                        importedAt: importedAt)
                })
        },
        ExportedTable(query: "SELECT id, sourceId, position, title, occasion, line, level FROM speech ORDER BY id") {
            .speeches(
                try $0.map { row in
                    let (id, sourceId, position, title, occasion, line, level) = try row.decode(
                        (Int64, Int64, Int, String?, String?, Int, String?).self)
                    return .init(
                        id: id, sourceId: sourceId, position: position, title: title, occasion: occasion, line: line,
                        level: level)
                })
        },
        ExportedTable(
            query: "SELECT id, speechId, parentId, level, marker, text, line, position FROM section ORDER BY id"
        ) {
            .sections(
                try $0.map { row in
                    let (id, speechId, parentId, level, marker, text, line, position) = try row.decode(
                        (Int64, Int64, Int64?, Int, String?, String, Int, Int).self)
                    return .init(
                        id: id, speechId: speechId, parentId: parentId, level: level, marker: marker, text: text,
                        line: line, position: position)
                })
        },
        ExportedTable(
            query: """
                SELECT id, kind, text, normalizedHash, characterCount, speechId, headingPath, position, label, items,
                       createdAt, scope, function, facts
                FROM snippet ORDER BY id
                """
        ) {
            .snippets(
                try $0.map { row in
                    let (id, kind, text, hash, count, speechId, headingPath, position, label, items, createdAt) =
                        try row.decode(
                            (Int64, String, String, Data, Int, Int64?, String, Int, String?, String?, Date).self)
                    let (scope, function, facts) = try row.makeRandomAccess().annotationColumns(from: 11)
                    return .init(
                        id: id, kind: kind, text: text, normalizedHash: hash, characterCount: count,
                        speechId: speechId, headingPath: headingPath, position: position, label: label, items: items,
                        createdAt: createdAt, annotation: AnnotationRow(scope: scope, function: function, facts: facts))
                })
        },
        ExportedTable(
            query:
                "SELECT id, snippetId, speechId, sectionId, line, position, headingPath FROM snippetSource ORDER BY id"
        ) {
            .occurrences(
                try $0.map { row in
                    let (id, snippetId, speechId, sectionId, line, position, headingPath) = try row.decode(
                        (Int64, Int64, Int64, Int64?, Int, Int, String).self)
                    return .init(
                        id: id, snippetId: snippetId, speechId: speechId, sectionId: sectionId, line: line,
                        position: position, headingPath: headingPath)
                })
        },
        ExportedTable(
            query:
                #"SELECT snippetId, theme, score, cues, contentKey FROM snippetTheme ORDER BY snippetId, theme COLLATE "C""#
        ) {
            .tags(
                try $0.map { row in
                    let (snippetId, theme, score, cues, contentKey) = try row.decode(
                        (Int64, String, Double, String, Int64).self)
                    return .init(snippetId: snippetId, theme: theme, score: score, cues: cues, contentKey: contentKey)
                })
        },
    ]
}
