import BiganLibrary
import Foundation
import PostgresNIO

extension PostgresFileWriter {
    /// A snippet of the file: its first occurrence in the file, and how many it has there.
    private struct FileSnippet {
        var first: FileLayout.Occurrence
        var count: Int
    }

    /// A snippet the library already held when the file came.
    private struct Held {
        var id: Int64
        var speechId: Int64?
        var position: Int
        var path: String?
        var speechPosition: Int?
        var contentKey: Int64
        var kind: String
        var hasOccurrences: Bool
    }

    /// Stores every occurrence of the file: new snippets inserted, snippets the library held
    /// linked, and moved here where this file holds their first place (`OccurrencePlace`), as
    /// SQLite's writer does one occurrence at a time. Counts snippets new to the library and
    /// repeated paragraphs alike.
    func storeSnippets(_ layout: FileLayout, path: String, speechIds: [Int64], sectionIds: [Int64]) async throws
        -> FileImportCounts
    {
        var counts = FileImportCounts()
        var byKey: [Data: FileSnippet] = [:]
        for occurrence in layout.occurrences {
            byKey[occurrence.key, default: FileSnippet(first: occurrence, count: 0)].count += 1
        }
        let keys = byKey.keys.sorted { $0.lexicographicallyPrecedes($1) }
        var ids = try await insertNew(keys.map { byKey[$0]!.first }, speechIds: speechIds)
        var themed: [Tagged] = []
        var moved: [Tagged] = []
        for key in keys where ids[key] != nil {
            counts.snippets += 1
            counts.duplicates += byKey[key]!.count - 1
            let first = byKey[key]!.first
            themed.append(Tagged(id: ids[key]!, kind: first.kind.rawValue, occurrence: first))
        }
        let heldKeys = keys.filter { ids[$0] == nil }
        for (key, held) in try await lockHeld(heldKeys) {
            let snippet = byKey[key]!
            ids[key] = held.id
            let place = OccurrencePlace(path: path, speech: snippet.first.speech, position: snippet.first.position)
            let tagged = Tagged(id: held.id, kind: held.kind, occurrence: snippet.first)
            if held.speechId == nil, !held.hasOccurrences {
                // Only this file's earlier version held it: it comes back with the same id.
                moved.append(tagged)
                counts.snippets += 1
                counts.duplicates += snippet.count - 1
            } else {
                if held.speechId != nil, let heldPath = held.path, let speech = held.speechPosition,
                    place < OccurrencePlace(path: heldPath, speech: speech, position: held.position)
                {
                    moved.append(tagged)
                }
                counts.duplicates += snippet.count
            }
        }
        try await moveHere(moved, speechIds: speechIds)
        try await insertThemes(themed + moved)
        try await insertOccurrences(layout.occurrences, ids: ids, speechIds: speechIds, sectionIds: sectionIds)
        return counts
    }

    /// A snippet to be tagged with an occurrence's themes; `kind` is the snippet's own.
    private struct Tagged {
        var id: Int64
        var kind: String
        var occurrence: FileLayout.Occurrence
    }

    /// Inserts the snippets whose hash the library lacks, in hash order, and their search tokens;
    /// the ids of those inserted.
    private func insertNew(_ firsts: [FileLayout.Occurrence], speechIds: [Int64]) async throws -> [Data: Int64] {
        guard !firsts.isEmpty else { return [:] }
        let rows = try await connection.rows(
            """
            WITH inserted AS (
              INSERT INTO snippet
                (kind, text, normalizedHash, contentKey, characterCount, speechId, headingPath, position, label, items,
                 createdAt, scope, function, facts)
              SELECT u.kind, u.text, u.hash, u.contentKey, u.characterCount, u.speechId, u.headingPath, u.position,
                     u.label, u.items, now(), u.scope, u.function, u.facts
              FROM unnest(\(firsts.map(\.kind.rawValue)), \(firsts.map(\.text)), \(firsts.map { ByteBuffer(data: $0.key) }),
                        \(firsts.map { ContentKey.of(dedupKey: $0.key) }), \(firsts.map(\.characterCount)),
                        \(firsts.map { speechIds[$0.speech] }), \(firsts.map(\.headingPath.json)),
                        \(firsts.map(\.position)), \(NullableArray(firsts.map(\.label))),
                        \(NullableArray(firsts.map { $0.items.map(JSONArrayText.encode) })),
                        \(NullableArray(firsts.map(\.annotation?.scope))),
                        \(NullableArray(firsts.map(\.annotation?.function))),
                        \(NullableArray(firsts.map(\.annotation?.facts))))
                   WITH ORDINALITY AS u(kind, text, hash, contentKey, characterCount, speechId, headingPath, position,
                                        label, items, scope, function, facts, n)
              ORDER BY u.n
              ON CONFLICT (normalizedHash) DO NOTHING
              RETURNING id, normalizedHash, contentKey, kind),
            indexed AS (
              INSERT INTO snippetSearch (snippetId, contentKey, kind, searchTokens)
              SELECT i.id, i.contentKey, i.kind, t.tokens::tsvector
              FROM inserted i JOIN unnest(\(firsts.map { ByteBuffer(data: $0.key) }), \(firsts.map(Self.vector)))
                   AS t(hash, tokens) ON t.hash = i.normalizedHash)
            SELECT normalizedHash, id FROM inserted
            """, logger: logger
        ) { try $0.decode((Data, Int64).self) }
        return Dictionary(rows, uniquingKeysWith: { first, _ in first })
    }

    /// The snippets of `keys` the library held, locked against other writers in hash order. A
    /// snippet another writer deleted since the insert saw it makes the file start over.
    private func lockHeld(_ keys: [Data]) async throws -> [(Data, Held)] {
        guard !keys.isEmpty else { return [] }
        let rows = try await connection.rows(
            """
            SELECT s.normalizedHash, s.id, s.speechId, s.position, source.path, speech.position, s.contentKey, s.kind,
                   EXISTS (SELECT 1 FROM snippetSource o WHERE o.snippetId = s.id)
            FROM snippet s LEFT JOIN speech ON speech.id = s.speechId LEFT JOIN source ON source.id = speech.sourceId
            WHERE s.normalizedHash = ANY(\(keys.map { ByteBuffer(data: $0) }))
            ORDER BY s.normalizedHash
            FOR UPDATE OF s
            """, logger: logger
        ) { row in
            let (key, id, speechId, position, path, speechPosition, contentKey, kind, hasOccurrences) = try row.decode(
                (Data, Int64, Int64?, Int, String?, Int?, Int64, String, Bool).self)
            return (
                key,
                Held(
                    id: id, speechId: speechId, position: position, path: path, speechPosition: speechPosition,
                    contentKey: contentKey, kind: kind, hasOccurrences: hasOccurrences)
            )
        }
        guard rows.count == keys.count else { throw PostgresFailure.Conflict() }
        return rows
    }

    /// Makes each occurrence its snippet's first: its text as written there, its heading path,
    /// index tokens and annotation, when the file was annotated (its themes follow in `insertThemes`).
    private func moveHere(_ moved: [Tagged], speechIds: [Int64]) async throws {
        guard !moved.isEmpty else { return }
        let occurrences = moved.map(\.occurrence)
        try await connection.run(
            """
            UPDATE snippet s SET speechId = u.speechId, headingPath = u.headingPath, position = u.position,
                text = u.text, characterCount = u.characterCount
            FROM unnest(\(moved.map(\.id)), \(occurrences.map { speechIds[$0.speech] }),
                        \(occurrences.map(\.headingPath.json)), \(occurrences.map(\.position)), \(occurrences.map(\.text)),
                        \(occurrences.map(\.characterCount)))
                 AS u(id, speechId, headingPath, position, text, characterCount)
            WHERE s.id = u.id
            """, logger: logger)
        try await connection.run(
            """
            UPDATE snippetSearch x SET searchTokens = u.tokens::tsvector
            FROM unnest(\(moved.map(\.id)), \(occurrences.map(Self.vector))) AS u(id, tokens)
            WHERE x.snippetId = u.id
            """, logger: logger)
        let annotated = moved.filter { $0.occurrence.annotation != nil }
        if !annotated.isEmpty {
            let annotations = annotated.map { $0.occurrence.annotation! }
            try await connection.run(
                """
                UPDATE snippet s SET scope = u.scope, function = u.function, facts = u.facts
                FROM unnest(\(annotated.map(\.id)), \(annotations.map(\.scope)), \(annotations.map(\.function)),
                            \(annotations.map(\.facts))) AS u(id, scope, function, facts)
                WHERE s.id = u.id
                """, logger: logger)
        }
        let retagged = moved.filter { $0.occurrence.themes != nil }.map(\.id)
        if !retagged.isEmpty {
            try await connection.run("DELETE FROM snippetTheme WHERE snippetId = ANY(\(retagged))", logger: logger)
        }
    }

    /// Tags each snippet with its occurrence's themes (nothing for an untagged file).
    private func insertThemes(_ snippets: [Tagged]) async throws {
        var rows: [(snippet: Tagged, key: Int64, row: ThemeRow)] = []
        for snippet in snippets {
            let key = ContentKey.of(dedupKey: snippet.occurrence.key)
            rows += (snippet.occurrence.themes ?? []).map { (snippet, key, $0) }
        }
        guard !rows.isEmpty else { return }
        try await connection.run(
            """
            INSERT INTO snippetTheme (snippetId, theme, score, cues, contentKey, kind)
            SELECT * FROM unnest(\(rows.map(\.snippet.id)), \(rows.map(\.row.theme)), \(rows.map(\.row.score)),
                                 \(rows.map(\.row.cues)), \(rows.map(\.key)), \(rows.map(\.snippet.kind)))
            ON CONFLICT DO NOTHING
            """, logger: logger)
    }

    private func insertOccurrences(
        _ occurrences: [FileLayout.Occurrence], ids: [Data: Int64], speechIds: [Int64], sectionIds: [Int64]
    ) async throws {
        guard !occurrences.isEmpty else { return }
        try await connection.run(
            """
            INSERT INTO snippetSource (snippetId, speechId, sectionId, line, position, headingPath)
            SELECT * FROM unnest(\(occurrences.map { ids[$0.key]! }), \(occurrences.map { speechIds[$0.speech] }),
                                 \(NullableArray(occurrences.map { $0.section.map { sectionIds[$0] } })),
                                 \(occurrences.map(\.line)), \(occurrences.map(\.position)),
                                 \(occurrences.map(\.headingPath.json)))
            """, logger: logger)
    }

    /// After a file was replaced or removed: snippets only its old version held are deleted, and
    /// snippets whose first occurrence it was move to their next first occurrence, keeping their
    /// text and themes. They are locked first (in hash order), so a writer linking one of them at
    /// this moment is seen before the snippet is judged unheld.
    func settle(formerSnippetIds former: [Int64]) async throws {
        guard !former.isEmpty else { return }
        try await connection.run(
            "SELECT id FROM snippet WHERE id = ANY(\(former)) ORDER BY normalizedHash FOR UPDATE", logger: logger)
        try await connection.run(
            """
            DELETE FROM snippet s WHERE s.id = ANY(\(former))
              AND NOT EXISTS (SELECT 1 FROM snippetSource o WHERE o.snippetId = s.id)
            """, logger: logger)
        try await connection.run(
            """
            UPDATE snippet s SET speechId = f.speechId, headingPath = f.headingPath, position = f.position
            FROM (SELECT DISTINCT ON (o.snippetId) o.snippetId, o.speechId, o.headingPath, o.position
                  FROM snippetSource o JOIN speech ON speech.id = o.speechId JOIN source ON source.id = speech.sourceId
                  WHERE o.snippetId = ANY(\(former))
                  ORDER BY o.snippetId, \(unescaped: PostgresStore.occurrenceOrder)) f
            WHERE s.id = f.snippetId AND s.speechId IS NULL
            """, logger: logger)
    }

    /// An occurrence's index tokens as a `tsvector` literal.
    static func vector(_ occurrence: FileLayout.Occurrence) -> String {
        TextSearchSyntax.vector(occurrence.searchTokens ?? SearchAnalyzer.indexTokens(occurrence.text))
    }
}
