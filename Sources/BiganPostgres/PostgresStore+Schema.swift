import BiganLibrary
import BiganText
import PostgresNIO

extension PostgresStore {
    /// The schema version this build writes (`bigan.migration`'s highest version).
    package static let schemaVersion = 2

    /// The schema, one migration per shipped version. A shipped migration is never edited:
    /// changes go into a new one that also raises `schemaVersion`.
    ///
    /// The tables are SQLite's (`SQLiteStore+Schema`) with PostgreSQL's types, and a file name's
    /// bytes beside its display form. Search tokens (`SearchAnalyzer`'s bigrams, unigrams and
    /// words, as in SQLite's index) are a `tsvector` with positions, indexed by GIN: one- and
    /// two-character queries are served by the index, phrases by the positions. A snippet's tokens
    /// live in `snippetSearch` beside its content key and kind, as SQLite's index is a table of its
    /// own: the snippets stay narrow for every other read. A theme tag carries its snippet's kind
    /// (which never changes) and content key, so a theme's best rows of a kind are read from one
    /// index without a join.
    static let migrations: [Int: String] = [
        1: """
        CREATE TABLE source (
            id bigserial PRIMARY KEY,
            path text NOT NULL UNIQUE,
            pathBytes bytea NOT NULL,
            contentHash bytea NOT NULL,
            encoding text NOT NULL,
            size bigint NOT NULL,
            importedAt timestamptz NOT NULL);
        CREATE TABLE speech (
            id bigserial PRIMARY KEY,
            sourceId bigint NOT NULL REFERENCES source ON DELETE CASCADE,
            position integer NOT NULL,
            title text,
            occasion text,
            line integer NOT NULL);
        CREATE INDEX speech_on_sourceId ON speech (sourceId);
        CREATE TABLE section (
            id bigserial PRIMARY KEY,
            speechId bigint NOT NULL REFERENCES speech ON DELETE CASCADE,
            parentId bigint REFERENCES section ON DELETE CASCADE,
            level integer NOT NULL,
            marker text,
            text text NOT NULL,
            line integer NOT NULL,
            position integer NOT NULL,
            searchTokens tsvector NOT NULL);
        CREATE INDEX section_on_speechId ON section (speechId);
        CREATE INDEX section_on_parentId ON section (parentId);
        CREATE INDEX section_search ON section USING gin (searchTokens);
        CREATE TABLE snippet (
            id bigserial PRIMARY KEY,
            kind text NOT NULL,
            text text NOT NULL,
            normalizedHash bytea NOT NULL UNIQUE,
            contentKey bigint NOT NULL UNIQUE,
            characterCount integer NOT NULL,
            speechId bigint REFERENCES speech ON DELETE SET NULL,
            headingPath text NOT NULL DEFAULT '[]',
            position integer NOT NULL,
            label text,
            items text,
            createdAt timestamptz NOT NULL);
        CREATE INDEX snippet_on_kind ON snippet (kind, contentKey);
        CREATE INDEX snippet_on_speechId ON snippet (speechId);
        CREATE TABLE snippetSearch (
            snippetId bigint PRIMARY KEY REFERENCES snippet ON DELETE CASCADE,
            contentKey bigint NOT NULL,
            kind text NOT NULL,
            searchTokens tsvector NOT NULL);
        CREATE INDEX snippetSearch_on_contentKey ON snippetSearch (contentKey);
        CREATE INDEX snippetSearch_tokens ON snippetSearch USING gin (searchTokens);
        CREATE TABLE snippetSource (
            id bigserial PRIMARY KEY,
            snippetId bigint NOT NULL REFERENCES snippet ON DELETE CASCADE,
            speechId bigint NOT NULL REFERENCES speech ON DELETE CASCADE,
            sectionId bigint,
            line integer NOT NULL,
            position integer NOT NULL,
            headingPath text NOT NULL DEFAULT '[]');
        CREATE INDEX snippetSource_on_snippetId ON snippetSource (snippetId);
        CREATE INDEX snippetSource_on_speechId_position ON snippetSource (speechId, position);
        CREATE TABLE snippetTheme (
            snippetId bigint NOT NULL REFERENCES snippet ON DELETE CASCADE,
            theme text NOT NULL,
            score double precision NOT NULL,
            cues text NOT NULL DEFAULT '[]',
            contentKey bigint NOT NULL,
            kind text NOT NULL,
            PRIMARY KEY (snippetId, theme));
        CREATE INDEX snippetTheme_on_theme_score ON snippetTheme (theme, score DESC, contentKey);
        CREATE INDEX snippetTheme_on_theme_kind_score ON snippetTheme (theme, kind, score DESC, contentKey);
        """,
        // Every snippet's scope, function and facts (`AnnotationRow`), and every speech's level, as
        // SQLite's version 4; a library written before has them NULL until `retag` annotates it
        // (done when it is opened: every opening counts them, through a partial index that holds
        // only those). The composer asks for an occasion's speeches.
        2: """
        ALTER TABLE snippet ADD COLUMN scope text;
        ALTER TABLE snippet ADD COLUMN function text;
        ALTER TABLE snippet ADD COLUMN facts text;
        ALTER TABLE speech ADD COLUMN level text;
        CREATE INDEX snippet_unannotated ON snippet (id) WHERE scope IS NULL;
        CREATE INDEX speech_on_occasion ON speech (occasion);
        """,
    ]

    /// A lock every opener of a library takes while it reads or changes the schema (an arbitrary
    /// number: "BGAN" as in SQLite's application id).
    static let schemaLock: Int64 = 0x4247_414E

    /// Checks the library's schema and brings it up to date: refuses a newer one, creates the
    /// tables when `create` and there are none, migrates an older one.
    func prepareSchema(create: Bool) async throws {
        try await pool.withConnection { connection, logger in
            let encoding = try await connection.firstRow("SHOW server_encoding", logger: logger) {
                try $0.decode(String.self)
            }
            guard encoding == "UTF8" else {
                throw BiganError(
                    file: address.description,
                    "数据库 \(address.database) 的编码是 \(encoding ?? "?")，片段库需要 UTF8（createdb -E UTF8 -T template0 …）")
            }
            let version = try await Self.schemaVersion(connection, schema: address.schema, logger: logger)
            if let version, version > Self.schemaVersion {
                throw BiganError(
                    file: address.description,
                    "这个片段库由更新版本的 bigan 写成（架构版本 \(version)，本程序只认识到 \(Self.schemaVersion)）；请升级 bigan")
            }
            if version == nil && !create {
                throw BiganError(
                    file: address.description,
                    "这个数据库里还没有片段库；先导入文件来建立：bigan import --library \(address) 文件…")
            }
            guard (version ?? 0) < Self.schemaVersion else { return }
            try await Self.inTransaction(connection, logger: logger) {
                try await connection.run("SELECT pg_advisory_xact_lock(\(Self.schemaLock))", logger: logger)
                try await connection.run("CREATE SCHEMA IF NOT EXISTS \(unescaped: address.schema)", logger: logger)
                try await connection.run(
                    """
                    CREATE TABLE IF NOT EXISTS migration (
                        version integer PRIMARY KEY, appliedAt timestamptz NOT NULL DEFAULT now())
                    """, logger: logger)
                // Another opener may have migrated while this one waited for the lock.
                let current = try await Self.schemaVersion(connection, schema: address.schema, logger: logger) ?? 0
                for next in Self.migrations.keys.sorted() where next > current {
                    // One statement at a time: the extended protocol takes no more.
                    for statement in Self.migrations[next]!.split(separator: ";\n") {
                        try await connection.run(PostgresQuery(unsafeSQL: String(statement)), logger: logger)
                    }
                    try await connection.run("INSERT INTO migration (version) VALUES (\(next))", logger: logger)
                }
            }
        }
    }

    /// The library's schema version; nil when the database holds no library.
    static func schemaVersion(_ connection: PostgresConnection, schema: String, logger: Logger) async throws -> Int? {
        let exists = try await connection.firstRow(
            "SELECT to_regclass(\(schema + ".migration")) IS NOT NULL", logger: logger
        ) { try $0.decode(Bool.self) }
        guard exists == true else { return nil }
        return try await connection.firstRow(
            "SELECT coalesce(max(version), 0)::bigint FROM \(unescaped: schema).migration", logger: logger
        ) { Int(try $0.decode(Int64.self)) }
    }
}

extension PostgresStore {
    /// Drops the library at `address`, every table and row of it (the benchmark's fresh start
    /// before each import; never done by a command).
    package static func erase(_ address: PostgresAddress) async throws {
        let pool = ConnectionPool(configuration: try address.connectionConfiguration(), maximum: 1)
        do {
            try await pool.withConnection { connection, logger in
                try await connection.run("DROP SCHEMA IF EXISTS \(unescaped: address.schema) CASCADE", logger: logger)
            }
            await pool.close()
        } catch {
            await pool.close()
            throw PostgresFailure.biganError(error, address: address)
        }
    }
}
