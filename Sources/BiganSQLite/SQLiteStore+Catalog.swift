import BiganCompose
import BiganLibrary
import BiganOutline
import GRDB

/// The library as the composer's catalog: snippets by kind and theme, with their source.
extension SQLiteStore: SnippetCatalog {
    package func candidates(_ query: CatalogQuery) async throws -> [CatalogSnippet] {
        guard !query.kinds.isEmpty else { return [] }
        let kinds = query.kinds.map(\.rawValue)
        let kindMarks = databaseQuestionMarks(count: kinds.count)
        let scopes = query.scopes?.map(\.rawValue) ?? []
        let scopeClause = Self.scopeClause(count: scopes.count)
        return try await read { db in
            let rows: [Row]
            if let occasion = query.occasion {
                // A snippet counts for the occasion of its first source, as the catalog shows it.
                rows = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT s.* FROM speech sp
                        CROSS JOIN snippetSource o ON o.speechId = sp.id
                        CROSS JOIN snippet s ON s.id = o.snippetId
                        WHERE sp.occasion = ? AND s.kind IN (\(kindMarks)) \(scopeClause)
                          AND o.id = (SELECT min(f.id) FROM snippetSource f WHERE f.snippetId = s.id)
                        ORDER BY s.id LIMIT ?
                        """,
                    arguments: StatementArguments([occasion] + kinds + scopes + [query.limit]))
            } else if query.themes.isEmpty {
                rows = try Row.fetchAll(
                    db, sql: "SELECT * FROM snippet s WHERE kind IN (\(kindMarks)) \(scopeClause) ORDER BY id LIMIT ?",
                    arguments: StatementArguments(kinds + scopes + [query.limit]))
            } else {
                rows = try Self.bestTagged(db, kinds: kinds, scopes: scopes, themes: query.themes, limit: query.limit)
            }
            var seen = Set(rows.map { $0["id"] as Int64 })
            var found = try Self.catalogSnippets(from: rows, db: db)
            for keyword in query.keywords.compactMap(MarkerTable.headingCore) {
                guard let phrase = Self.ftsPhrase(keyword: keyword) else { continue }
                // Headings found through their index (CROSS JOIN keeps that order), then checked
                // as written; a heading's paragraphs are found within its speech.
                let underHeading = try Row.fetchAll(
                    db.cachedStatement(
                        sql: """
                            SELECT DISTINCT s.* FROM sectionSearch f
                            CROSS JOIN section sec ON sec.id = f.rowid
                            CROSS JOIN snippetSource o ON o.speechId = sec.speechId AND o.sectionId = sec.id
                            CROSS JOIN snippet s ON s.id = o.snippetId
                            WHERE sectionSearch MATCH ? AND sec.text LIKE ? ESCAPE '\\' AND s.kind IN (\(kindMarks))
                              \(scopeClause)
                            LIMIT 12
                            """),
                    arguments: StatementArguments([phrase, "%" + Self.likeEscaped(keyword) + "%"] + kinds + scopes))
                found += try Self.catalogSnippets(
                    from: underHeading.filter { seen.insert($0["id"]).inserted }, db: db)
            }
            return found
        }
    }

    static func likeEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
    }

    /// The snippets of `kinds` with the highest sum of scores over `themes`, best first (ties by id).
    ///
    /// Each theme's list is read down its (theme, score) index, at most `perThemeFactor × limit`
    /// rows, instead of grouping every tagged snippet of a large library: exact while a theme
    /// holds fewer rows than that, and otherwise the sums of the best-scored rows of each theme.
    static func bestTagged(_ db: Database, kinds: [String], scopes: [String] = [], themes: [String], limit: Int) throws
        -> [Row]
    {
        let perTheme = max(limit * perThemeFactor, 400)
        let tagged = taggedSQL(
            kindCount: kinds.count, paragraphs: kinds.contains(SnippetKind.paragraph.rawValue), scopeCount: scopes.count
        )
        let sql = "SELECT t.snippetId, t.score \(tagged) LIMIT ?"
        var sums: [Int64: Double] = [:]
        var seen: Set<String> = []
        // In the order given: sums added in a fixed order round alike in every run.
        for theme in themes where seen.insert(theme).inserted {
            let rows = try Row.fetchCursor(
                db.cachedStatement(sql: sql), arguments: StatementArguments([theme] + kinds + scopes + [perTheme]))
            while let row = try rows.next() { sums[row[0], default: 0] += row[1] as Double }
        }
        let best = sums.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(limit)
        let byId = try Dictionary(
            Row.fetchAll(
                db, sql: "SELECT * FROM snippet WHERE id IN (\(databaseQuestionMarks(count: best.count)))",
                arguments: StatementArguments(best.map(\.key))
            ).map { ($0["id"] as Int64, $0) }, uniquingKeysWith: { first, _ in first })
        return best.compactMap { byId[$0.key] }
    }

    static let perThemeFactor = 8

    /// `FROM … WHERE … ORDER BY` for the tags of one theme (the first parameter) on snippets of
    /// `kindCount` kinds (the next parameters; all kinds when 0), best score first, ties by lowest
    /// id: the theme's rows read straight down its index. Nearly every snippet is a paragraph; the
    /// other kinds are few, so without paragraphs the snippets of the kinds are read first and
    /// their tags looked up, instead of walking a theme's whole list to find a handful (half a
    /// second per theme on a large library).
    static func taggedSQL(kindCount: Int, paragraphs: Bool, scopeCount: Int = 0) -> String {
        let order = "ORDER BY t.score DESC, t.snippetId"
        let scopes = scopeClause(count: scopeCount)
        guard kindCount > 0 else {
            return "FROM snippetTheme t JOIN snippet s ON s.id = t.snippetId WHERE t.theme = ? \(scopes) \(order)"
        }
        let marks = databaseQuestionMarks(count: kindCount)
        guard paragraphs else {
            return """
                FROM snippet s INDEXED BY snippet_on_kind CROSS JOIN snippetTheme t ON t.snippetId = s.id AND t.theme = ?
                WHERE s.kind IN (\(marks)) \(scopes) \(order)
                """
        }
        return """
            FROM snippetTheme t JOIN snippet s ON s.id = t.snippetId WHERE t.theme = ? AND s.kind IN (\(marks))
              \(scopes) \(order)
            """
    }

    /// `AND …` keeping snippets of `count` scopes (the parameters after the kinds) and snippets
    /// not yet annotated; empty for any scope.
    static func scopeClause(count: Int) -> String {
        count == 0 ? "" : "AND (s.scope IS NULL OR s.scope IN (\(databaseQuestionMarks(count: count))))"
    }

    /// The catalog's view of `rows` of `snippet`, with each one's themes and first source (read for
    /// all rows at once: a draft asks for a few thousand candidates).
    static func catalogSnippets(from rows: [Row], db: Database) throws -> [CatalogSnippet] {
        guard !rows.isEmpty else { return [] }
        let records = rows.map(SnippetRecord.init(row:))
        let ids = records.map(\.id)
        var themes: [Int64: [String: Double]] = [:]
        let tags = try TagRecord.fetchCursor(
            db,
            sql:
                "SELECT snippetId, theme, score, '' AS cues FROM snippetTheme WHERE snippetId IN (\(databaseQuestionMarks(count: ids.count)))",
            arguments: StatementArguments(ids))
        while let tag = try tags.next() {
            themes[tag.snippetId, default: [:]][tag.theme, default: 0] += tag.score
        }
        let origins = try firstOrigins(of: ids, db: db)
        return records.map { record in
            let origin = origins[record.id]
            return CatalogSnippet(
                id: record.id, kind: record.kind, text: record.text, headingPath: record.headingPath,
                themes: themes[record.id] ?? [:], label: record.label, items: record.items,
                speechTitle: origin?.title, occasion: origin?.occasion,
                source: origin?.origin ?? DraftSource(file: "", speech: nil, line: 0), annotation: record.annotation,
                sourceLevel: origin?.level)
        }
    }
}
