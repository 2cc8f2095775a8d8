import BiganLibrary
import BiganOutline
import BiganText
import Foundation
import GRDB

extension SnippetWriter {
    /// Stores one occurrence: a new snippet when its normalised text is new, else a link to the
    /// snippet that already holds it.
    mutating func store(_ occurrence: Occurrence) throws {
        let key = occurrence.prepared?.key ?? DedupKey.hash(occurrence.text)
        let snippetId: Int64
        if let (id, primarySpeechId) = try db.firstRow(
            "SELECT id, speechId FROM snippet WHERE normalizedHash = ?", { $0.bind(key) },
            read: { ($0.int64(0), $0.optionalInt64(1)) })
        {
            snippetId = id
            if primarySpeechId == nil, try !hasOccurrences(snippetId) {
                // Only this file's earlier version held it: it comes back with the same id, tagged
                // as it now stands (its headings may have changed).
                try movePrimary(snippetId, to: occurrence)
                try retag(snippetId, occurrence)
                counts.snippets += 1
            } else {
                counts.duplicates += 1
            }
        } else {
            snippetId = try insertSnippet(occurrence, key: key)
            try SearchIndex.enqueue(db, snippetId: snippetId)
            if let tokens = occurrence.prepared?.searchTokens { newTokens[snippetId] = tokens }
            try insertThemes(of: snippetId, occurrence)
            counts.snippets += 1
        }
        try db.run(
            """
            INSERT INTO snippetSource (snippetId, speechId, sectionId, line, position, headingPath)
            VALUES (?, ?, ?, ?, ?, ?)
            """
        ) { values in
            values.bind(snippetId)
            values.bind(occurrence.speechId)
            values.bind(occurrence.sectionId)
            values.bind(occurrence.line)
            values.bind(occurrence.position)
            values.bind(occurrence.headingPath.json)
        }
    }

    /// After a changed file was stored again: snippets only its old version held are deleted,
    /// and snippets whose first occurrence it was move to their next occurrence.
    func settle(formerSnippetIds: [Int64]) throws {
        for snippetId in formerSnippetIds {
            guard
                let row = try Row.fetchOne(
                    db.cachedStatement(sql: "SELECT text, speechId FROM snippet WHERE id = ?"),
                    arguments: [snippetId])
            else { continue }
            if let first = try firstOccurrence(of: snippetId) {
                let primarySpeechId: Int64? = row[1]
                if primarySpeechId == nil { try movePrimary(snippetId, to: first) }
            } else {
                try SearchIndex.delete(db, snippetId: snippetId, text: row[0])
                try db.cachedStatement(sql: "DELETE FROM snippet WHERE id = ?").execute(arguments: [snippetId])
            }
        }
    }

    /// Makes `occurrence` the snippet's first occurrence.
    private func movePrimary(_ snippetId: Int64, to occurrence: Occurrence) throws {
        try db.cachedStatement(sql: "UPDATE snippet SET speechId = ?, headingPath = ?, position = ? WHERE id = ?")
            .execute(arguments: [
                occurrence.speechId, occurrence.headingPath.json, occurrence.position, snippetId,
            ])
    }

    /// Replaces the snippet's themes and annotation with the occurrence's, when it was tagged.
    private func retag(_ snippetId: Int64, _ occurrence: Occurrence) throws {
        guard occurrence.themes != nil || occurrence.annotation != nil else { return }
        try db.cachedStatement(sql: "DELETE FROM snippetTheme WHERE snippetId = ?").execute(arguments: [snippetId])
        try insertThemes(of: snippetId, occurrence)
        guard let annotation = occurrence.annotation else { return }
        try db.cachedStatement(sql: "UPDATE snippet SET scope = ?, function = ?, facts = ? WHERE id = ?")
            .execute(arguments: [annotation.scope, annotation.function, annotation.facts, snippetId])
    }

    private func hasOccurrences(_ snippetId: Int64) throws -> Bool {
        try Bool.fetchOne(
            db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM snippetSource WHERE snippetId = ?)"),
            arguments: [snippetId]) ?? false
    }

    private func firstOccurrence(of snippetId: Int64) throws -> Occurrence? {
        let sql = """
            SELECT o.speechId, o.headingPath, o.position, o.line, s.kind, s.text
            FROM snippetSource o JOIN snippet s ON s.id = o.snippetId
            WHERE o.snippetId = ? ORDER BY o.id LIMIT 1
            """
        guard let row = try Row.fetchOne(db.cachedStatement(sql: sql), arguments: [snippetId]) else { return nil }
        return Occurrence(
            kind: SnippetKind(rawValue: row[4]) ?? .paragraph, text: row[5],
            headingPath: .init(texts: JSONArrayText.decode(row[1])),
            speechId: row[0], sectionId: nil, line: row[3], position: row[2])
    }

    private func insertSnippet(_ occurrence: Occurrence, key: Data) throws -> Int64 {
        try db.run(
            """
            INSERT INTO snippet
              (kind, text, normalizedHash, characterCount, speechId, headingPath, position, label, items, createdAt,
               scope, function, facts)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """
        ) { values in
            values.bind(occurrence.kind.rawValue)
            values.bind(occurrence.text)
            values.bind(key)
            values.bind(occurrence.prepared?.characterCount ?? occurrence.text.count)
            values.bind(occurrence.speechId)
            values.bind(occurrence.headingPath.json)
            values.bind(occurrence.position)
            values.bind(occurrence.label)
            values.bind(occurrence.items.map(JSONArrayText.encode))
            values.bind(now)
            values.bind(occurrence.annotation?.scope)
            values.bind(occurrence.annotation?.function)
            values.bind(occurrence.annotation?.facts)
        }
        return db.lastInsertedRowID
    }

    private func insertThemes(of snippetId: Int64, _ occurrence: Occurrence) throws {
        guard let rows = occurrence.themes else { return }
        try SearchIndex.insertThemes(db, snippetId: snippetId, rows: rows)
    }
}
