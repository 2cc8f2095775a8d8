import BiganCompose
import BiganLibrary
import BiganOutline
import BiganText
import BiganThemes
import Foundation
import GRDB

extension SQLiteStore {
    static let snippetIdsOfSourceSQL = """
        SELECT DISTINCT o.snippetId FROM snippetSource o JOIN speech ON speech.id = o.speechId
        WHERE speech.sourceId = ?
        """

    package func storedContentHashes() async throws -> [String: Data] {
        try await read { db in
            var hashes: [String: Data] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT path, contentHash FROM source")
            while let row = try rows.next() { hashes[row[0]] = row[1] }
            return hashes
        }
    }

    package func withImportWriter<T: Sendable>(_ body: @Sendable (any ImportWriter) async throws -> T) async throws
        -> T
    {
        let writer = SQLiteImportWriter(store: self)
        try await dbWriter.writeWithoutTransaction { db in
            // Mapped pages count as resident memory, and an import touches the whole file.
            try db.execute(sql: "PRAGMA mmap_size = 0")
            // Checkpoints copy what the commits wrote to the log back into the library file; on a
            // large library, one after every commit copied the same index pages over and over.
            try db.execute(sql: "PRAGMA wal_autocheckpoint = \(Self.importCheckpointPages)")
        }
        let result: Result<T, any Error>
        do {
            result = .success(try await body(writer))
        } catch {
            result = .failure(error)
        }
        try await dbWriter.writeWithoutTransaction { db in
            if db.isInsideTransaction { try db.rollback() }
            try db.execute(sql: "PRAGMA mmap_size = \(Self.readMapSize)")
            try db.execute(sql: "PRAGMA wal_autocheckpoint = \(Self.checkpointPages)")
        }
        return try result.get()
    }

    /// Stores a prepared file inside the caller's transaction (or savepoint): nothing when the
    /// same path and content are already there, else its speeches, headings and snippets,
    /// replacing an earlier version of the file. Throws (and changes nothing) when the document
    /// holds no paragraph. The index tokens of its new snippets are added to `newTokens` for a
    /// later `SearchIndex.indexBacklog`.
    static func store(_ prepared: PreparedDocument, in db: Database, newTokens: inout [Int64: String]) throws
        -> FileImportOutcome
    {
        let (document, fingerprint) = (prepared.document, prepared.fingerprint)
        guard prepared.hasParagraph else {
            throw BiganError(file: document.file, "没有找到段落（文件是空的或无法读取）")
        }
        let previous = try Row.fetchOne(
            db, sql: "SELECT id, contentHash FROM source WHERE path = ?", arguments: [fingerprint.path])
        if let previous, (previous["contentHash"] as Data) == fingerprint.contentHash { return .unchanged }
        var formerSnippetIds: [Int64] = []
        if let previous {
            let sourceId: Int64 = previous["id"]
            formerSnippetIds = try Int64.fetchAll(db, sql: snippetIdsOfSourceSQL, arguments: [sourceId])
            try db.execute(sql: "DELETE FROM source WHERE id = ?", arguments: [sourceId])
        }
        try db.cachedStatement(
            sql:
                "INSERT INTO source (path, pathBytes, contentHash, encoding, size, importedAt) VALUES (?, ?, ?, ?, ?, ?)"
        ).execute(arguments: [
            fingerprint.path, Data(fingerprint.pathBytes), fingerprint.contentHash, document.encoding.rawValue,
            fingerprint.size, Date(),
        ])
        var writer = SnippetWriter(db: db, sourceId: db.lastInsertedRowID)
        for (position, speech) in document.speeches.enumerated() {
            try writer.add(
                speech, position: position, prepared: prepared.blocks[position],
                annotations: prepared.annotations?[position])
        }
        try writer.settle(formerSnippetIds: formerSnippetIds)
        newTokens.merge(writer.newTokens) { $1 }
        var counts = writer.counts
        counts.replaced = previous != nil
        return .imported(counts)
    }

    /// Adds every snippet still waiting for the full-text index; returns how many.
    @discardableResult
    func indexBacklog() throws -> Int {
        try BusyPolicy.run(path: path) {
            try dbWriter.writeWithoutTransaction { db in
                var count = 0
                try db.inTransaction(.immediate) {
                    count = try SearchIndex.indexBacklog(db)
                    return .commit
                }
                return count
            }
        }
    }

    package func retag(with annotator: ThemeAnnotator) async throws -> RetagCounts {
        try await writeTransaction { db in
            let levels = try Self.speechLevels(db, annotator: annotator.paragraphs)
            let setLevel = try db.makeStatement(sql: "UPDATE speech SET level = ? WHERE id = ?")
            for (speechId, level) in levels { try setLevel.execute(arguments: [level?.rawValue, speechId]) }
            try db.execute(sql: "DELETE FROM snippetTheme")
            let annotate = try db.makeStatement(
                sql: "UPDATE snippet SET scope = ?, function = ?, facts = ? WHERE id = ?")
            var counts = RetagCounts(snippets: 0, tags: 0)
            let snippets = try Row.fetchCursor(
                db, sql: "SELECT id, text, headingPath, speechId FROM snippet ORDER BY id")
            while let row = try snippets.next() {
                let text: String = row[1]
                let tags = annotator.themes(text: text, headingPath: JSONArrayText.decode(row[2]))
                try SearchIndex.insertThemes(db, snippetId: row[0], rows: tags.map(ThemeRow.init))
                let speechLevel = (row[3] as Int64?).flatMap { levels[$0] } ?? nil
                let annotation = AnnotationRow(annotator.paragraphs.annotate(text, speechLevel: speechLevel))
                try annotate.execute(arguments: [annotation.scope, annotation.function, annotation.facts, row[0]])
                counts.snippets += 1
                counts.tags += tags.count
                if !tags.isEmpty { counts.tagged += 1 }
            }
            return counts
        }
    }

    /// Every speech's level, from its title and the texts it holds.
    static func speechLevels(_ db: Database, annotator: ParagraphAnnotator) throws -> [Int64: Scope?] {
        let titles = try Dictionary(
            Row.fetchAll(db, sql: "SELECT id, title FROM speech").map { ($0[0] as Int64, $0[1] as String?) },
            uniquingKeysWith: { first, _ in first })
        var levels: [Int64: Scope?] = [:]
        var current: Int64?
        var texts: [String] = []
        func close() {
            if let current { levels[current] = annotator.level(title: titles[current] ?? nil, texts: texts) }
            texts = []
        }
        let rows = try Row.fetchCursor(
            db,
            sql:
                "SELECT o.speechId, s.text FROM snippetSource o JOIN snippet s ON s.id = o.snippetId ORDER BY o.speechId, o.position"
        )
        while let row = try rows.next() {
            let speechId: Int64 = row[0]
            if speechId != current {
                close()
                current = speechId
            }
            texts.append(row[1])
        }
        close()
        for id in titles.keys where levels[id] == nil {
            levels[id] = annotator.level(title: titles[id] ?? nil, texts: [])
        }
        return levels
    }

    package func unannotatedCount() async throws -> Int {
        try await read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM snippet WHERE scope IS NULL") ?? 0 }
    }

    @discardableResult
    package func removeSource(path: String) async throws -> Bool {
        try await writeTransaction { db in
            guard let sourceId = try Int64.fetchOne(db, sql: "SELECT id FROM source WHERE path = ?", arguments: [path])
            else { return false }
            let former = try Int64.fetchAll(db, sql: Self.snippetIdsOfSourceSQL, arguments: [sourceId])
            try db.execute(sql: "DELETE FROM source WHERE id = ?", arguments: [sourceId])
            try SnippetWriter(db: db, sourceId: sourceId).settle(formerSnippetIds: former)
            return true
        }
    }
}
