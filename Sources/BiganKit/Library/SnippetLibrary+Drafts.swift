import Foundation
import GRDB

extension SnippetLibrary {
    /// Records a composed draft and the library snippets it used, so later drafts can prefer
    /// paragraphs not used yet. Returns the draft's id.
    @discardableResult
    public func recordDraft(_ draft: Draft, parameters: [String: String] = [:]) throws -> Int64 {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(parameters), as: UTF8.self)
        return try writeTransaction { db in
            try db.execute(
                sql: "INSERT INTO draft (occasion, role, title, parameters, createdAt) VALUES (?, ?, ?, ?, ?)",
                arguments: [draft.occasion, draft.role, draft.title, json, Date()])
            let draftId = db.lastInsertedRowID
            for (position, block) in draft.blocks.enumerated() {
                guard let snippetId = block.snippetId else { continue }
                try db.execute(
                    sql: """
                        INSERT INTO draftSnippet (draftId, snippetId, position)
                        SELECT ?, id, ? FROM snippet WHERE id = ?
                        """, arguments: [draftId, position, snippetId])
            }
            return draftId
        }
    }

    /// How many recorded drafts used each snippet (snippets never used are absent).
    public func draftUseCounts() throws -> [Int64: Int] {
        try dbWriter.read { db in
            var counts: [Int64: Int] = [:]
            let rows = try Row.fetchCursor(
                db, sql: "SELECT snippetId, COUNT(*) FROM draftSnippet WHERE snippetId IS NOT NULL GROUP BY snippetId")
            while let row = try rows.next() { counts[row[0]] = row[1] }
            return counts
        }
    }
}
