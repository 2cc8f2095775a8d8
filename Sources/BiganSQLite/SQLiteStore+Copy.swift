import BiganLibrary
import BiganText
import Foundation
import GRDB

extension SQLiteStore {
    /// Every row, in batches, inside one read transaction held across the calls (a snapshot: an
    /// import going on beside it is not seen half way).
    package func exportRows(_ receive: @Sendable (LibraryRows) async throws -> Void) async throws -> LibraryStats {
        let path = self.path
        let stats = try await dbWriter.writeWithoutTransaction { db in
            try db.beginTransaction(.deferred)
            return try Self.stats(db, path: path)
        }
        do {
            for table in Self.exportedTables {
                var last: Int64 = .min
                while true {
                    let after = last
                    let (rows, next) = try await dbWriter.writeWithoutTransaction { db in
                        try table.read(db, after, LibraryRows.batchSize)
                    }
                    guard let next else { break }
                    try await receive(rows)
                    last = next
                }
            }
        } catch {
            try? await dbWriter.writeWithoutTransaction { db in try db.rollback() }
            throw error
        }
        try await dbWriter.writeWithoutTransaction { db in try db.rollback() }
        return stats
    }

    package func importRows(_ body: @Sendable (any LibraryRowWriter) async throws -> LibraryStats) async throws
        -> LibraryStats
    {
        let path = self.path
        let location = self.location
        try await dbWriter.writeWithoutTransaction { db in
            try BusyPolicy.run { try db.beginTransaction(.immediate) }
            guard try Self.stats(db, path: path).isEmpty else {
                try db.rollback()
                throw BiganError(file: location, "不是空的片段库；只能复制到空的片段库里（换一个新文件或新数据库）")
            }
        }
        do {
            let expected = try await body(SQLiteRowWriter(store: self))
            return try await dbWriter.writeWithoutTransaction { db in
                try SearchIndex.indexBacklog(db)
                let stats = try Self.stats(db, path: path)
                guard stats.holdsTheSame(as: expected) else {
                    throw BiganError(
                        file: location,
                        "复制后的计数不符（应为 \(expected.countsDescription)；实为 \(stats.countsDescription)），什么也没有写入")
                }
                try db.commit()
                return stats
            }
        } catch {
            try? await dbWriter.writeWithoutTransaction { db in if db.isInsideTransaction { try db.rollback() } }
            throw error
        }
    }

    /// How each table is read a batch at a time, by id (tags by snippet).
    private struct ExportedTable: Sendable {
        var read: @Sendable (Database, _ after: Int64, _ limit: Int) throws -> (LibraryRows, next: Int64?)
    }

    private static let exportedTables: [ExportedTable] = [
        ExportedTable { db, after, limit in
            let rows = try Row.fetchAll(
                db, sql: "SELECT * FROM source WHERE id > ? ORDER BY id LIMIT ?", arguments: [after, limit])
            return (
                .sources(
                    rows.map {
                        .init(
                            id: $0["id"], path: $0["path"], pathBytes: $0["pathBytes"], contentHash: $0["contentHash"],
                            encoding: $0["encoding"],
                            size: $0["size"], importedAt: $0["importedAt"])
                    }), rows.last?["id"]
            )
        },
        ExportedTable { db, after, limit in
            let rows = try Row.fetchAll(
                db, sql: "SELECT * FROM speech WHERE id > ? ORDER BY id LIMIT ?", arguments: [after, limit])
            return (
                .speeches(
                    rows.map {
                        .init(
                            id: $0["id"], sourceId: $0["sourceId"], position: $0["position"], title: $0["title"],
                            occasion: $0["occasion"], line: $0["line"], level: $0["level"])
                    }), rows.last?["id"]
            )
        },
        ExportedTable { db, after, limit in
            let rows = try Row.fetchAll(
                db, sql: "SELECT * FROM section WHERE id > ? ORDER BY id LIMIT ?", arguments: [after, limit])
            return (
                .sections(
                    rows.map {
                        .init(
                            id: $0["id"], speechId: $0["speechId"], parentId: $0["parentId"], level: $0["level"],
                            marker: $0["marker"], text: $0["text"], line: $0["line"], position: $0["position"])
                    }), rows.last?["id"]
            )
        },
        ExportedTable { db, after, limit in
            let rows = try Row.fetchAll(
                db, sql: "SELECT * FROM snippet WHERE id > ? ORDER BY id LIMIT ?", arguments: [after, limit])
            return (
                .snippets(
                    rows.map {
                        .init(
                            id: $0["id"], kind: $0["kind"], text: $0["text"], normalizedHash: $0["normalizedHash"],
                            characterCount: $0["characterCount"], speechId: $0["speechId"],
                            headingPath: $0["headingPath"], position: $0["position"], label: $0["label"],
                            items: $0["items"], createdAt: $0["createdAt"],
                            annotation: AnnotationRow(scope: $0["scope"], function: $0["function"], facts: $0["facts"]))
                    }), rows.last?["id"]
            )
        },
        ExportedTable { db, after, limit in
            let rows = try Row.fetchAll(
                db, sql: "SELECT * FROM snippetSource WHERE id > ? ORDER BY id LIMIT ?", arguments: [after, limit])
            return (
                .occurrences(
                    rows.map {
                        .init(
                            id: $0["id"], snippetId: $0["snippetId"], speechId: $0["speechId"],
                            sectionId: $0["sectionId"], line: $0["line"], position: $0["position"],
                            headingPath: $0["headingPath"])
                    }), rows.last?["id"]
            )
        },
        // Tags by whole snippets: a batch ends with the last tag of its last snippet.
        ExportedTable { db, after, limit in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT * FROM snippetTheme WHERE snippetId IN (
                        SELECT DISTINCT snippetId FROM snippetTheme WHERE snippetId > ? ORDER BY snippetId LIMIT ?)
                    ORDER BY snippetId, theme
                    """, arguments: [after, max(1, limit / 4)])
            return (
                .tags(
                    rows.map {
                        .init(
                            snippetId: $0["snippetId"], theme: $0["theme"], score: $0["score"], cues: $0["cues"],
                            contentKey: $0["contentKey"])
                    }), rows.last?["snippetId"]
            )
        },
    ]
}

/// Writes exported rows into an SQLite library inside the transaction `importRows` holds open,
/// queueing every snippet and heading for the search indexes (built once, before the commit).
struct SQLiteRowWriter: LibraryRowWriter {
    let store: SQLiteStore

    func write(_ rows: LibraryRows) async throws {
        try await store.dbWriter.writeWithoutTransaction { db in
            switch rows {
            case .sources(let sources):
                for row in sources {
                    try db.cachedStatement(
                        sql:
                            "INSERT INTO source (id, path, pathBytes, contentHash, encoding, size, importedAt) VALUES (?, ?, ?, ?, ?, ?, ?)"
                    ).execute(arguments: [
                        row.id, row.path, row.pathBytes, row.contentHash, row.encoding, row.size, row.importedAt,
                    ])
                }
            case .speeches(let speeches):
                for row in speeches {
                    try db.cachedStatement(
                        sql:
                            "INSERT INTO speech (id, sourceId, position, title, occasion, line, level) VALUES (?, ?, ?, ?, ?, ?, ?)"
                    ).execute(arguments: [
                        row.id, row.sourceId, row.position, row.title, row.occasion, row.line, row.level,
                    ])
                }
            case .sections(let sections):
                for row in sections {
                    try db.cachedStatement(
                        sql: """
                            INSERT INTO section (id, speechId, parentId, level, marker, text, line, position, searchTokens)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                            """
                    ).execute(arguments: [
                        row.id, row.speechId, row.parentId, row.level, row.marker, row.text, row.line, row.position,
                        SearchAnalyzer.indexTokens(row.text),
                    ])
                    try SearchIndex.enqueue(db, sectionId: row.id)
                }
            case .snippets(let snippets):
                for row in snippets {
                    try db.cachedStatement(
                        sql: """
                            INSERT INTO snippet (id, kind, text, normalizedHash, contentKey, characterCount, speechId,
                              headingPath, position, label, items, createdAt, scope, function, facts)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                            """
                    ).execute(arguments: [
                        row.id, row.kind, row.text, row.normalizedHash, row.contentKey, row.characterCount,
                        row.speechId, row.headingPath, row.position, row.label, row.items, row.createdAt,
                        row.annotation?.scope, row.annotation?.function, row.annotation?.facts,
                    ])
                    try SearchIndex.enqueue(db, snippetId: row.id)
                }
            case .occurrences(let occurrences):
                for row in occurrences {
                    try db.cachedStatement(
                        sql: """
                            INSERT INTO snippetSource (id, snippetId, speechId, sectionId, line, position, headingPath)
                            VALUES (?, ?, ?, ?, ?, ?, ?)
                            """
                    ).execute(arguments: [
                        row.id, row.snippetId, row.speechId, row.sectionId, row.line, row.position, row.headingPath,
                    ])
                }
            case .tags(let tags):
                for row in tags {
                    try db.cachedStatement(
                        sql:
                            "INSERT INTO snippetTheme (snippetId, theme, score, cues, contentKey) VALUES (?, ?, ?, ?, ?)"
                    ).execute(arguments: [row.snippetId, row.theme, row.score, row.cues, row.contentKey])
                }
            }
        }
    }
}
