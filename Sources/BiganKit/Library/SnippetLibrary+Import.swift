import Foundation
import GRDB

extension SnippetLibrary {
    static let snippetIdsOfSourceSQL = """
        SELECT DISTINCT o.snippetId FROM snippetSource o JOIN speech ON speech.id = o.speechId
        WHERE speech.sourceId = ?
        """

    /// The content hash stored for `path`, or nil when no file was imported under that path.
    public func storedContentHash(path: String) throws -> Data? {
        try dbWriter.read { db in
            try Data.fetchOne(db, sql: "SELECT contentHash FROM source WHERE path = ?", arguments: [path])
        }
    }

    /// Stores a parsed file in one transaction: nothing when the same path and content are already
    /// there, else its speeches, headings and snippets, replacing an earlier version of the file.
    /// Throws (and changes nothing) when the document holds no paragraph. With `indexNow` false the
    /// new snippets wait for `indexBacklog()` before search finds them (batch imports).
    public func store(
        _ document: ParsedDocument, fingerprint: FileFingerprint, annotator: (any SnippetAnnotator)? = nil,
        indexNow: Bool = true
    ) throws -> FileImportOutcome {
        try store(
            PreparedDocument(document, fingerprint: fingerprint, annotator: annotator), annotator: annotator,
            indexNow: indexNow)
    }

    func store(_ prepared: PreparedDocument, annotator: (any SnippetAnnotator)?, indexNow: Bool) throws
        -> FileImportOutcome
    {
        try writeTransaction { db in
            var tokens: [Int64: String] = [:]
            return try store(prepared, in: db, annotator: annotator, indexNow: indexNow, newTokens: &tokens)
        }
    }

    /// Stores a prepared file inside the caller's transaction (or savepoint). Unless `indexNow`,
    /// the index tokens of its new snippets are added to `newTokens` for a later `indexBacklog`.
    func store(
        _ prepared: PreparedDocument, in db: Database, annotator: (any SnippetAnnotator)?, indexNow: Bool,
        newTokens: inout [Int64: String]
    ) throws -> FileImportOutcome {
        let (document, fingerprint) = (prepared.document, prepared.fingerprint)
        guard prepared.hasParagraph else {
            throw BiganError(file: document.file, "no paragraphs found (an empty or unreadable file)")
        }
        let previous = try Row.fetchOne(
            db, sql: "SELECT id, contentHash FROM source WHERE path = ?", arguments: [fingerprint.path])
        if let previous, (previous["contentHash"] as Data) == fingerprint.contentHash { return .unchanged }
        var formerSnippetIds: [Int64] = []
        if let previous {
            let sourceId: Int64 = previous["id"]
            formerSnippetIds = try Int64.fetchAll(db, sql: SnippetLibrary.snippetIdsOfSourceSQL, arguments: [sourceId])
            try db.execute(sql: "DELETE FROM source WHERE id = ?", arguments: [sourceId])
        }
        try db.cachedStatement(
            sql: "INSERT INTO source (path, contentHash, encoding, size, importedAt) VALUES (?, ?, ?, ?, ?)"
        ).execute(arguments: [
            fingerprint.path, fingerprint.contentHash, document.encoding.rawValue, fingerprint.size, Date(),
        ])
        var writer = SnippetWriter(db: db, sourceId: db.lastInsertedRowID, annotator: annotator)
        for (position, speech) in document.speeches.enumerated() {
            try writer.add(
                speech, position: position, prepared: prepared.blocks[position],
                annotations: prepared.annotations?[position])
        }
        try writer.settle(formerSnippetIds: formerSnippetIds)
        if indexNow {
            try SearchIndex.indexBacklog(db, tokens: writer.newTokens)
        } else {
            newTokens.merge(writer.newTokens) { $1 }
        }
        var counts = writer.counts
        counts.replaced = previous != nil
        return .imported(counts)
    }

    /// The content hash of every stored file, by stored path.
    func storedContentHashes() throws -> [String: Data] {
        try dbWriter.read { db in
            var hashes: [String: Data] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT path, contentHash FROM source")
            while let row = try rows.next() { hashes[row[0]] = row[1] }
            return hashes
        }
    }

    /// Adds every snippet still waiting for the full-text index; returns how many.
    @discardableResult
    public func indexBacklog() throws -> Int {
        try writeTransaction { db in try SearchIndex.indexBacklog(db) }
    }

    /// Recomputes every snippet's themes with `annotator` (for a library imported before tagging
    /// existed, or after the theme rules changed). Returns the number of tags written.
    @discardableResult
    public func retagThemes(with annotator: any SnippetAnnotator) throws -> Int {
        try writeTransaction { db in
            try db.execute(sql: "DELETE FROM snippetTheme")
            var written = 0
            let snippets = try Row.fetchCursor(db, sql: "SELECT id, text, headingPath FROM snippet ORDER BY id")
            while let row = try snippets.next() {
                let tags = annotator.themes(text: row[1], headingPath: JSONArrayText.decode(row[2]))
                try SearchIndex.insertThemes(db, snippetId: row[0], rows: tags.map(ThemeRow.init))
                written += tags.count
            }
            return written
        }
    }

    /// Removes a file and every snippet only it held.
    public func removeSource(path: String) throws {
        try writeTransaction { db in
            guard let sourceId = try Int64.fetchOne(db, sql: "SELECT id FROM source WHERE path = ?", arguments: [path])
            else { return }
            let former = try Int64.fetchAll(
                db, sql: SnippetLibrary.snippetIdsOfSourceSQL, arguments: [sourceId])
            try db.execute(sql: "DELETE FROM source WHERE id = ?", arguments: [sourceId])
            try SnippetWriter(db: db, sourceId: sourceId, annotator: nil).settle(formerSnippetIds: former)
        }
    }
}
