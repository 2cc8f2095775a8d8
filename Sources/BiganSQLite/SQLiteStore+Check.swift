import BiganLibrary
import Foundation
import GRDB

extension SQLiteStore {
    /// Each phrase as an FTS5 phrase query on `snippetSearch` and on `sectionSearch`, oldest first,
    /// at most `limit` of each. On a pool (a library opened for concurrent reads) the phrases are
    /// shared among as many connections as there are cores: each query reads its own part of the index.
    package func passageIDs(containing phrases: [String], limit: Int) async throws -> [[LibraryPassage.ID]] {
        let queries = phrases.map { phrase in
            SearchAnalyzer.phrase(forRun: phrase).map { "\"\($0.tokens)\"" + ($0.prefix ? "*" : "") }
        }
        let parts = dbWriter is DatabasePool ? min(ProcessInfo.processInfo.activeProcessorCount, queries.count / 64) : 1
        guard parts > 1 else { return try await read { db in try Self.passageIDs(queries, limit: limit, db: db) } }
        let size = (queries.count + parts - 1) / parts
        return try await withThrowingTaskGroup(of: (Int, [[LibraryPassage.ID]]).self) { group in
            for start in Swift.stride(from: 0, to: queries.count, by: size) {
                let part = Array(queries[start..<min(start + size, queries.count)])
                group.addTask { (start, try await read { db in try Self.passageIDs(part, limit: limit, db: db) }) }
            }
            var found = [[LibraryPassage.ID]](repeating: [], count: queries.count)
            for try await (start, ids) in group {
                found.replaceSubrange(start..<start + ids.count, with: ids)
            }
            return found
        }
    }

    private static func passageIDs(_ queries: [String?], limit: Int, db: Database) throws -> [[LibraryPassage.ID]] {
        let snippets = try db.cachedStatement(
            sql: "SELECT rowid FROM snippetSearch WHERE snippetSearch MATCH ? ORDER BY rowid LIMIT ?")
        let headings = try db.cachedStatement(
            sql: "SELECT rowid FROM sectionSearch WHERE sectionSearch MATCH ? ORDER BY rowid LIMIT ?")
        return try queries.map { query in
            guard let query else { return [] }
            return try Int64.fetchAll(snippets, arguments: [query, limit]).map(LibraryPassage.ID.snippet)
                + Int64.fetchAll(headings, arguments: [query, limit]).map(LibraryPassage.ID.heading)
        }
    }

    package func passages(ids: [LibraryPassage.ID]) async throws -> [LibraryPassage] {
        let unique = Set(ids).sorted()
        let snippets = unique.compactMap { id -> Int64? in if case .snippet(let number) = id { number } else { nil } }
        let headings = unique.compactMap { id -> Int64? in if case .heading(let number) = id { number } else { nil } }
        return try await read { db in
            try Self.chunks(snippets).flatMap { try Self.snippetPassages($0, db: db) }
                + Self.chunks(headings).flatMap { try Self.headingPassages($0, db: db) }
        }
    }

    /// Ids in lists short enough to bind in one statement.
    static func chunks(_ ids: [Int64]) -> [[Int64]] {
        Swift.stride(from: 0, to: ids.count, by: idsPerStatement).map {
            Array(ids[$0..<min($0 + idsPerStatement, ids.count)])
        }
    }

    /// Ids bound in one `IN (…)` list.
    static let idsPerStatement = 500

    private static func snippetPassages(_ ids: [Int64], db: Database) throws -> [LibraryPassage] {
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
                id: .snippet(id), text: row[1], facts: AnnotationRow.decodeFacts(row[2]), sources: sources[id] ?? [])
        }
    }

    private static func headingPassages(_ ids: [Int64], db: Database) throws -> [LibraryPassage] {
        let marks = Array(repeating: "?", count: ids.count).joined(separator: ", ")
        return try Row.fetchAll(
            db,
            sql: """
                SELECT section.id, section.text, source.path, section.line, source.contentHash FROM section
                JOIN speech ON speech.id = section.speechId JOIN source ON source.id = speech.sourceId
                WHERE section.id IN (\(marks)) ORDER BY section.id
                """, arguments: StatementArguments(ids)
        ).map { row in
            LibraryPassage(
                id: .heading(row[0]), text: row[1], facts: [],
                sources: [.init(file: row[2], line: row[3], contentHash: row[4])])
        }
    }
}
