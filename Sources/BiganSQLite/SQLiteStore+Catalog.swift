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
                // A snippet counts for the occasion of its first source (the place the snippet row
                // names), as the catalog shows it; the occasion's speeches lead to their snippets.
                rows = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT s.* FROM speech sp
                        CROSS JOIN snippetSource o ON o.speechId = sp.id
                        CROSS JOIN snippet s ON s.id = o.snippetId AND s.speechId = sp.id AND s.position = o.position
                        WHERE sp.occasion = ? AND s.kind IN (\(kindMarks)) \(scopeClause)
                        ORDER BY s.contentKey LIMIT ?
                        """,
                    arguments: StatementArguments([occasion] + kinds + scopes + [query.limit]))
            } else if query.themes.isEmpty {
                rows = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT * FROM snippet s WHERE kind IN (\(kindMarks)) \(scopeClause) ORDER BY contentKey LIMIT ?
                        """,
                    arguments: StatementArguments(kinds + scopes + [query.limit]))
            } else {
                rows = try Self.bestTagged(db, kinds: kinds, scopes: scopes, themes: query.themes, limit: query.limit)
            }
            var seen = Set(rows.map { $0["id"] as Int64 })
            var found = try Self.catalogSnippets(from: rows, db: db)
            for keyword in query.keywords.compactMap(MarkerTable.headingCore) {
                guard let phrase = Self.ftsPhrase(keyword: keyword) else { continue }
                // Headings found through their index, then checked as written; a heading's
                // paragraphs are found within its speech (CROSS JOIN keeps that order: the matches
                // are few, the snippets many); the first twelve in content order.
                let underHeading = try Row.fetchAll(
                    db.cachedStatement(
                        sql: """
                            SELECT s.* FROM (
                                SELECT DISTINCT o.snippetId AS id FROM sectionSearch f
                                CROSS JOIN section sec ON sec.id = f.rowid
                                CROSS JOIN snippetSource o ON o.speechId = sec.speechId AND o.sectionId = sec.id
                                WHERE sectionSearch MATCH ? AND sec.text LIKE ? ESCAPE '\\') m
                            CROSS JOIN snippet s ON s.id = m.id
                            WHERE s.kind IN (\(kindMarks)) \(scopeClause)
                            ORDER BY s.contentKey LIMIT \(Self.underHeadingLimit)
                            """),
                    arguments: StatementArguments([phrase, LikePattern.containing(keyword)] + kinds + scopes))
                found += try Self.catalogSnippets(
                    from: underHeading.filter { seen.insert($0["id"]).inserted }, db: db)
            }
            return found
        }
    }

    /// How many paragraphs under headings like a keyword a catalog query adds.
    static let underHeadingLimit = 12

    /// The snippets of `kinds` (and `scopes`, when given) with the highest sum of scores over
    /// `themes` (`ThemeSums`).
    static func bestTagged(_ db: Database, kinds: [String], scopes: [String] = [], themes: [String], limit: Int) throws
        -> [Row]
    {
        let tagged = taggedSQL(
            kindCount: kinds.count, paragraphs: kinds.contains(SnippetKind.paragraph.rawValue), scopeCount: scopes.count
        )
        let sql = "SELECT t.snippetId, t.score, t.contentKey \(tagged) LIMIT ?"
        var sums = ThemeSums()
        for theme in ThemeSums.distinct(themes) {
            let rows = try Row.fetchCursor(
                db.cachedStatement(sql: sql),
                arguments: StatementArguments([theme] + kinds + scopes + [ThemeSums.rowsPerTheme(limit: limit)]))
            while let row = try rows.next() { sums.add(snippetId: row[0], score: row[1], contentKey: row[2]) }
        }
        let best = sums.best(limit)
        let byId = try Dictionary(
            Row.fetchAll(
                db, sql: "SELECT * FROM snippet WHERE id IN (\(databaseQuestionMarks(count: best.count)))",
                arguments: StatementArguments(best)
            ).map { ($0["id"] as Int64, $0) }, uniquingKeysWith: { first, _ in first })
        return best.compactMap { byId[$0] }
    }

    /// `FROM … WHERE … ORDER BY` for the tags of one theme (the first parameter) on snippets of
    /// `kindCount` kinds (the next parameters; all kinds when 0), best score first, ties by content
    /// key: the theme's rows read straight down its index. Nearly every snippet is a paragraph; the
    /// other kinds are few, so without paragraphs the snippets of the kinds are read first and
    /// their tags looked up, instead of walking a theme's whole list to find a handful (half a
    /// second per theme on a large library).
    static func taggedSQL(kindCount: Int, paragraphs: Bool, scopeCount: Int = 0) -> String {
        let order = "ORDER BY t.score DESC, t.contentKey"
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
        let tags = try TagRecord.fetchAll(
            db,
            sql:
                "SELECT snippetId, theme, score, '' AS cues FROM snippetTheme WHERE snippetId IN (\(databaseQuestionMarks(count: ids.count)))",
            arguments: StatementArguments(ids))
        return CatalogSnippet.from(records, tags: tags, origins: try firstOrigins(of: ids, db: db))
    }
}
