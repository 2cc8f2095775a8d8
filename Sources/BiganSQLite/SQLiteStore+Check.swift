import BiganLibrary
import Foundation
import GRDB

extension SQLiteStore {
    /// Each phrase as an FTS5 phrase query on `snippetSearch`, oldest snippets first, at most `limit`.
    /// On a pool (a library opened for concurrent reads) the phrases are shared among as many
    /// connections as there are cores: each query reads its own part of the index.
    package func snippetIDs(containing phrases: [String], limit: Int) async throws -> [[Int64]] {
        let queries = phrases.map { Self.ftsPhrase(keyword: $0) }
        let parts = dbWriter is DatabasePool ? min(ProcessInfo.processInfo.activeProcessorCount, queries.count / 64) : 1
        guard parts > 1 else { return try await read { db in try Self.snippetIDs(queries, limit: limit, db: db) } }
        let size = (queries.count + parts - 1) / parts
        return try await withThrowingTaskGroup(of: (Int, [[Int64]]).self) { group in
            for start in Swift.stride(from: 0, to: queries.count, by: size) {
                let part = Array(queries[start..<min(start + size, queries.count)])
                group.addTask { (start, try await read { db in try Self.snippetIDs(part, limit: limit, db: db) }) }
            }
            var found = [[Int64]](repeating: [], count: queries.count)
            for try await (start, ids) in group {
                found.replaceSubrange(start..<start + ids.count, with: ids)
            }
            return found
        }
    }

    private static func snippetIDs(_ queries: [String?], limit: Int, db: Database) throws -> [[Int64]] {
        let statement = try db.cachedStatement(
            sql: "SELECT rowid FROM snippetSearch WHERE snippetSearch MATCH ? ORDER BY rowid LIMIT ?")
        return try queries.map { query in
            guard let query else { return [] }
            return try Int64.fetchAll(statement, arguments: [query, limit])
        }
    }

    package func passages(ids: [Int64]) async throws -> [LibraryPassage] {
        let unique = Array(Set(ids)).sorted()
        return try await read { db in
            var passages: [LibraryPassage] = []
            for start in stride(from: 0, to: unique.count, by: Self.idsPerStatement) {
                let chunk = Array(unique[start..<min(start + Self.idsPerStatement, unique.count)])
                passages += try Self.passages(chunk, db: db)
            }
            return passages
        }
    }

    /// Ids bound in one `IN (…)` list.
    static let idsPerStatement = 500

    private static func passages(_ ids: [Int64], db: Database) throws -> [LibraryPassage] {
        let marks = Array(repeating: "?", count: ids.count).joined(separator: ", ")
        let arguments = StatementArguments(ids)
        var sources: [Int64: [LibraryPassage.Source]] = [:]
        let origins = try Row.fetchCursor(
            db,
            sql: """
                SELECT o.snippetId, source.path, o.line, source.contentHash FROM snippetSource o
                JOIN speech ON speech.id = o.speechId JOIN source ON source.id = speech.sourceId
                WHERE o.snippetId IN (\(marks)) ORDER BY o.id
                """, arguments: arguments)
        while let row = try origins.next() {
            sources[row[0], default: []].append(.init(file: row[1], line: row[2], contentHash: row[3]))
        }
        return try Row.fetchAll(
            db, sql: "SELECT id, text, facts FROM snippet WHERE id IN (\(marks)) ORDER BY id", arguments: arguments
        ).map { row in
            let id: Int64 = row[0]
            return LibraryPassage(
                id: id, text: row[1], facts: AnnotationRow.decodeFacts(row[2]), sources: sources[id] ?? [])
        }
    }
}
