import BiganLibrary
import BiganOutline
import BiganText
import GRDB

extension SQLiteStore {
    /// The schema, one migration per shipped version. A shipped migration is never edited:
    /// changes go into a new migration that also raises `schemaVersion` and `user_version`.
    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1", migrate: createVersion1)
        migrator.registerMigration("v2", migrate: createVersion2)
        migrator.registerMigration("v3", migrate: createVersion3)
        migrator.registerMigration("v4", migrate: createVersion4)
        migrator.registerMigration("v5", migrate: createVersion5)
        return migrator
    }()

    private static func createVersion1(_ db: Database) throws {
        try db.execute(sql: "PRAGMA application_id = \(applicationID)")
        try db.execute(sql: "PRAGMA user_version = 1")
        try db.create(table: "source") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("path", .text).notNull().unique()
            t.column("contentHash", .blob).notNull()
            t.column("encoding", .text).notNull()
            t.column("size", .integer).notNull()
            t.column("importedAt", .datetime).notNull()
        }
        try db.create(table: "speech") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("source", onDelete: .cascade).notNull()
            t.column("position", .integer).notNull()
            t.column("title", .text)
            t.column("occasion", .text)
            t.column("line", .integer).notNull()
        }
        try db.create(table: "section") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("speech", onDelete: .cascade).notNull()
            t.belongsTo("parent", inTable: "section", onDelete: .cascade)
            t.column("level", .integer).notNull()
            t.column("marker", .text)
            t.column("text", .text).notNull()
            t.column("line", .integer).notNull()
            t.column("position", .integer).notNull()
        }
        try createSnippetTables(db)
        try createDraftTables(db)
    }

    private static func createSnippetTables(_ db: Database) throws {
        try db.create(table: "snippet") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("kind", .text).notNull().indexed()
            t.column("text", .text).notNull()
            t.column("normalizedHash", .blob).notNull().unique()
            t.column("characterCount", .integer).notNull()
            // The first occurrence: its speech, heading path (JSON array) and position.
            t.belongsTo("speech", onDelete: .setNull)
            t.column("headingPath", .jsonText).notNull().defaults(to: "[]")
            t.column("position", .integer).notNull()
            // A `set`: its label (四种精神) and items (JSON array).
            t.column("label", .text)
            t.column("items", .jsonText)
            t.column("createdAt", .datetime).notNull()
        }
        // Every occurrence of a snippet: reposted paragraphs keep all their sources.
        try db.create(table: "snippetSource") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("snippet", onDelete: .cascade).notNull()
            // The file is the speech's source; deleting a source cascades through its speeches.
            t.belongsTo("speech", onDelete: .cascade, indexed: false).notNull()  // see the index below
            // The innermost heading; no foreign key: sections and occurrences go together with their speech.
            t.column("sectionId", .integer)
            t.column("line", .integer).notNull()
            t.column("position", .integer).notNull()
            t.column("headingPath", .jsonText).notNull().defaults(to: "[]")
        }
        try db.create(
            index: "snippetSource_on_speechId_position", on: "snippetSource", columns: ["speechId", "position"])
        try db.create(table: "snippetTheme") { t in
            t.belongsTo("snippet", onDelete: .cascade).notNull()
            t.column("theme", .text).notNull()
            t.column("score", .double).notNull()
            t.column("cues", .jsonText).notNull().defaults(to: "[]")
            t.primaryKey(["snippetId", "theme"])
        }
        try db.create(index: "snippetTheme_on_theme_score", on: "snippetTheme", columns: ["theme", "score"])
        // Snippets not yet in the full-text index: imports index in batches (one FTS5 flush per
        // batch instead of one per file); whatever an interrupted import left is indexed on open.
        try db.create(table: "searchBacklog") { t in
            t.primaryKey("snippetId", .integer).references("snippet", onDelete: .cascade)
        }
        // Pre-analysed tokens (see SearchAnalyzer); contentless, rowid = snippet.id. The tokens are
        // lower case and space separated, so the plain `ascii` tokenizer splits them as they are.
        try db.execute(
            sql: """
                CREATE VIRTUAL TABLE snippetSearch USING fts5(text, heading, content='', tokenize='ascii');
                INSERT INTO snippetSearch(snippetSearch, rank) VALUES('rank', 'bm25(1.0, 4.0)');
                """)
    }

    /// Version 2: the full-text index holds the text alone, without column sizes. Search ranks its
    /// candidates itself (`SearchRanker`, heading paths included), so FTS5 no longer needs the
    /// heading column or bm25's statistics, which cost import time. Every snippet is re-indexed
    /// through the backlog when the library is opened.
    ///
    /// Headings get an index of their own (`sectionSearch` over `section.searchTokens`), so the
    /// composer finds the paragraphs under a heading without scanning them all. New headings wait
    /// in `sectionBacklog` like snippets (FTS5 writes a segment at every savepoint, that is every
    /// file); a trigger takes deleted ones out of the index or the queue.
    ///
    /// FTS5 keeps up to 32 MiB of new tokens in memory before it writes a segment (1 MiB by
    /// default): an import's batch becomes one segment instead of dozens to merge, half the cost.
    ///
    /// Theme tags become a WITHOUT ROWID table keyed by (snippet, theme): two B-trees per tag
    /// instead of four (the rowid table, its key and a second index on the snippet were redundant).
    private static func createVersion2(_ db: Database) throws {
        try db.execute(
            sql: """
                PRAGMA user_version = 2;
                DROP TABLE snippetSearch;
                CREATE VIRTUAL TABLE snippetSearch USING fts5(text, content='', columnsize=0, tokenize='ascii');
                INSERT INTO snippetSearch (snippetSearch, rank) VALUES ('hashsize', 33554432);
                INSERT OR IGNORE INTO searchBacklog (snippetId) SELECT id FROM snippet;
                ALTER TABLE section ADD COLUMN searchTokens TEXT;
                """)
        let sections = try Row.fetchAll(db, sql: "SELECT id, text FROM section")
        let update = try db.makeStatement(sql: "UPDATE section SET searchTokens = ? WHERE id = ?")
        for row in sections {
            try update.execute(arguments: [SearchAnalyzer.indexTokens(row[1] as String), row[0] as Int64])
        }
        try db.execute(
            sql: """
                CREATE VIRTUAL TABLE sectionSearch USING fts5(
                    searchTokens, content='section', content_rowid='id', columnsize=0, tokenize='ascii');
                INSERT INTO sectionSearch (sectionSearch) VALUES ('rebuild');
                CREATE TABLE sectionBacklog (sectionId INTEGER PRIMARY KEY);
                CREATE TABLE snippetThemeByKey (
                    snippetId INTEGER NOT NULL REFERENCES snippet(id) ON DELETE CASCADE,
                    theme TEXT NOT NULL, score DOUBLE NOT NULL, cues TEXT NOT NULL DEFAULT '[]',
                    PRIMARY KEY (snippetId, theme)) WITHOUT ROWID;
                INSERT INTO snippetThemeByKey SELECT snippetId, theme, score, cues FROM snippetTheme;
                DROP TABLE snippetTheme;
                ALTER TABLE snippetThemeByKey RENAME TO snippetTheme;
                CREATE INDEX snippetTheme_on_theme_score ON snippetTheme (theme, score);
                CREATE TRIGGER section_deleted AFTER DELETE ON section BEGIN
                    INSERT INTO sectionSearch (sectionSearch, rowid, searchTokens)
                    SELECT 'delete', old.id, old.searchTokens
                    WHERE NOT EXISTS (SELECT 1 FROM sectionBacklog WHERE sectionId = old.id);
                    DELETE FROM sectionBacklog WHERE sectionId = old.id;
                END;
                """)
    }

    /// Version 3: a theme's tags indexed by score in descending order. The composer reads a theme's
    /// best-scored snippets, ties by snippet id: with the index in that order it reads the first
    /// rows and stops, where an ascending index read backwards gave ties in the wrong order and
    /// SQLite sorted the rows of every score it reached (a third of a draft's time on a large
    /// library).
    private static func createVersion3(_ db: Database) throws {
        try db.execute(
            sql: """
                PRAGMA user_version = 3;
                DROP INDEX snippetTheme_on_theme_score;
                CREATE INDEX snippetTheme_on_theme_score ON snippetTheme (theme, score DESC);
                """)
    }

    /// Version 4: every snippet's scope (the level it speaks at or the audience it addresses), its
    /// function (review, task …) and the facts it carries (JSON), and every speech's level. A
    /// library written before has them NULL until `retag` annotates it (done when it is opened).
    private static func createVersion4(_ db: Database) throws {
        try db.execute(
            sql: """
                PRAGMA user_version = 4;
                ALTER TABLE snippet ADD COLUMN scope TEXT;
                ALTER TABLE snippet ADD COLUMN function TEXT;
                ALTER TABLE snippet ADD COLUMN facts TEXT;
                ALTER TABLE speech ADD COLUMN level TEXT;
                CREATE INDEX snippet_on_scope ON snippet (scope);
                """)
    }

    /// Version 5: every file's path as the bytes the system knows it by (`pathBytes`), beside the
    /// decoded `path` a user reads: a name that is not UTF-8 (GBK) keeps its bytes. The files of an
    /// earlier library were named in UTF-8: their bytes are their paths' UTF-8.
    private static func createVersion5(_ db: Database) throws {
        try db.execute(
            sql: """
                PRAGMA user_version = 5;
                ALTER TABLE source ADD COLUMN pathBytes BLOB NOT NULL DEFAULT x'';
                UPDATE source SET pathBytes = CAST(path AS BLOB);
                """)
    }

    /// Drafts composed from the library, so a composer can avoid reusing the same paragraphs.
    private static func createDraftTables(_ db: Database) throws {
        try db.create(table: "draft") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("occasion", .text).notNull()
            t.column("role", .text).notNull()
            t.column("title", .text).notNull()
            t.column("parameters", .jsonText).notNull().defaults(to: "{}")
            t.column("createdAt", .datetime).notNull()
        }
        try db.create(table: "draftSnippet") { t in
            t.belongsTo("draft", onDelete: .cascade).notNull()
            t.belongsTo("snippet", onDelete: .setNull)
            t.column("position", .integer).notNull()
        }
    }
}
