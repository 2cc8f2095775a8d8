import BiganLibrary
import BiganOutline
import BiganText
import Foundation
import GRDB

extension SnippetWriter {
    /// Stores one occurrence: a new snippet when its normalised text is new, else a link to the
    /// snippet that already holds it, which moves here when this occurrence comes first
    /// (`OccurrencePlace`).
    mutating func store(_ placed: Placed) throws {
        let occurrence = placed.occurrence
        let key = occurrence.key
        let snippetId: Int64
        if let (id, primarySpeechId, primaryPosition) = try db.firstRow(
            "SELECT id, speechId, position FROM snippet WHERE normalizedHash = ?", { $0.bind(key) },
            read: { ($0.int64(0), $0.optionalInt64(1), Int($0.int64(2))) })
        {
            snippetId = id
            if primarySpeechId == nil, try !hasOccurrences(snippetId) {
                // Only this file's earlier version held it: it comes back with the same id.
                try moveHere(snippetId, placed)
                counts.snippets += 1
            } else {
                if let primarySpeechId, try precedes(occurrence, speechId: primarySpeechId, position: primaryPosition) {
                    try moveHere(snippetId, placed)
                }
                counts.duplicates += 1
            }
        } else {
            snippetId = try insertSnippet(placed)
            try SearchIndex.enqueue(db, snippetId: snippetId)
            if let tokens = occurrence.searchTokens { newTokens[snippetId] = tokens }
            if let themes = occurrence.themes {
                try SearchIndex.insertThemes(
                    db, snippetId: snippetId, contentKey: ContentKey.of(dedupKey: key), rows: themes)
            }
            counts.snippets += 1
        }
        try db.run(
            """
            INSERT INTO snippetSource (snippetId, speechId, sectionId, line, position, headingPath)
            VALUES (?, ?, ?, ?, ?, ?)
            """
        ) { values in
            values.bind(snippetId)
            values.bind(placed.speechId)
            values.bind(placed.sectionId)
            values.bind(occurrence.line)
            values.bind(occurrence.position)
            values.bind(occurrence.headingPath.json)
        }
    }

    /// Whether `occurrence` comes before a snippet's first occurrence in speech `speechId` at
    /// `position`. One of this file's own never does: its occurrences are stored in order.
    private func precedes(_ occurrence: FileLayout.Occurrence, speechId: Int64, position: Int) throws -> Bool {
        guard !speechIds.contains(speechId),
            let row = try Row.fetchOne(
                db.cachedStatement(
                    sql:
                        "SELECT source.path, speech.position FROM speech JOIN source ON source.id = speech.sourceId WHERE speech.id = ?"
                ), arguments: [speechId])
        else { return false }
        return OccurrencePlace(path: path, speech: occurrence.speech, position: occurrence.position)
            < OccurrencePlace(path: row[0], speech: row[1], position: position)
    }

    /// Makes `occurrence` the snippet's first: its text as written there, its heading path, and its
    /// themes and annotation when the file was tagged. The search index follows a changed text.
    private mutating func moveHere(_ snippetId: Int64, _ placed: Placed) throws {
        let occurrence = placed.occurrence
        guard
            let row = try Row.fetchOne(
                db.cachedStatement(sql: "SELECT text, contentKey FROM snippet WHERE id = ?"), arguments: [snippetId])
        else { return }
        let (formerText, contentKey): (String, Int64) = (row[0], row[1])
        try db.cachedStatement(
            sql: """
                UPDATE snippet SET speechId = ?, headingPath = ?, position = ?, text = ?, characterCount = ?
                WHERE id = ?
                """
        ).execute(arguments: [
            placed.speechId, occurrence.headingPath.json, occurrence.position, occurrence.text,
            occurrence.characterCount, snippetId,
        ])
        if let themes = occurrence.themes {
            try db.cachedStatement(sql: "DELETE FROM snippetTheme WHERE snippetId = ?").execute(arguments: [snippetId])
            try SearchIndex.insertThemes(db, snippetId: snippetId, contentKey: contentKey, rows: themes)
        }
        if let annotation = occurrence.annotation {
            try db.cachedStatement(sql: "UPDATE snippet SET scope = ?, function = ?, facts = ? WHERE id = ?")
                .execute(arguments: [annotation.scope, annotation.function, annotation.facts, snippetId])
        }
        guard !formerText.utf8.elementsEqual(occurrence.text.utf8) else { return }
        let tokens = occurrence.searchTokens ?? SearchAnalyzer.indexTokens(occurrence.text)
        if try SearchIndex.isQueued(db, snippetId: snippetId) {
            newTokens[snippetId] = tokens
        } else {
            try SearchIndex.replace(db, contentKey: contentKey, formerText: formerText, tokens: tokens)
        }
    }

    /// After a changed file was stored again: snippets only its old version held are deleted,
    /// and snippets whose first occurrence it was move to their next occurrence.
    func settle(formerSnippetIds: [Int64]) throws {
        for snippetId in formerSnippetIds {
            guard
                let row = try Row.fetchOne(
                    db.cachedStatement(sql: "SELECT text, speechId, contentKey FROM snippet WHERE id = ?"),
                    arguments: [snippetId])
            else { continue }
            if let first = try Row.fetchOne(db.cachedStatement(sql: Self.firstOccurrenceSQL), arguments: [snippetId]) {
                let primarySpeechId: Int64? = row[1]
                if primarySpeechId == nil {
                    // The occurrence keeps no text or themes of its own: the snippet keeps its.
                    try db.cachedStatement(
                        sql: "UPDATE snippet SET speechId = ?, headingPath = ?, position = ? WHERE id = ?"
                    ).execute(arguments: [first[0], first[1], first[2], snippetId])
                }
            } else {
                try SearchIndex.delete(db, snippetId: snippetId, contentKey: row[2], text: row[0])
                try db.cachedStatement(sql: "DELETE FROM snippet WHERE id = ?").execute(arguments: [snippetId])
            }
        }
    }

    private func hasOccurrences(_ snippetId: Int64) throws -> Bool {
        try Bool.fetchOne(
            db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM snippetSource WHERE snippetId = ?)"),
            arguments: [snippetId]) ?? false
    }

    /// The speech, heading path and position of a snippet's least occurrence (`OccurrencePlace`).
    static let firstOccurrenceSQL = """
        SELECT o.speechId, o.headingPath, o.position FROM snippetSource o
        JOIN speech ON speech.id = o.speechId JOIN source ON source.id = speech.sourceId
        WHERE o.snippetId = ? ORDER BY \(SQLiteStore.occurrenceOrder) LIMIT 1
        """

    private func insertSnippet(_ placed: Placed) throws -> Int64 {
        let occurrence = placed.occurrence
        try db.run(
            """
            INSERT INTO snippet
              (kind, text, normalizedHash, contentKey, characterCount, speechId, headingPath, position, label, items,
               createdAt, scope, function, facts)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """
        ) { values in
            values.bind(occurrence.kind.rawValue)
            values.bind(occurrence.text)
            values.bind(occurrence.key)
            values.bind(ContentKey.of(dedupKey: occurrence.key))
            values.bind(occurrence.characterCount)
            values.bind(placed.speechId)
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
}
