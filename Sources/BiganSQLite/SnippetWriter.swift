import BiganLibrary
import BiganOutline
import BiganThemes
import Foundation
import GRDB

/// Writes one file's speeches, headings and snippets inside the file's transaction,
/// deduplicating snippets by their normalised-text hash.
struct SnippetWriter {
    let db: Database
    let sourceId: Int64
    /// Formatted once, as GRDB stores dates: it would format the Date anew for every statement.
    let now = String.fromDatabaseValue(Date().databaseValue) ?? ""
    var counts = FileImportCounts()
    /// The index tokens of the snippets this writer added, for `SearchIndex.indexBacklog`.
    var newTokens: [Int64: String] = [:]

    init(db: Database, sourceId: Int64) {
        self.db = db
        self.sourceId = sourceId
    }

    /// One place a snippet occurs, before it is stored.
    struct Occurrence {
        var kind: SnippetKind
        var text: String
        var headingPath: PreparedBlock.HeadingPath
        var speechId: Int64
        var sectionId: Int64?
        var line: Int
        var position: Int
        var label: String? = nil
        var items: [String]? = nil
        /// The dedup key, length, heading path and index tokens, when computed ahead of the transaction.
        var prepared: PreparedBlock? = nil
        /// The themes and annotation, when computed ahead of the transaction.
        var themes: [ThemeRow]? = nil
        var annotation: AnnotationRow? = nil
    }

    /// Stores one speech; `prepared` holds what was computed of its blocks ahead of the transaction,
    /// and `annotations` what the Themes stage said of it (nil: stored untagged).
    mutating func add(
        _ speech: Speech, position: Int, prepared: [PreparedBlock?],
        annotations: PreparedDocument.SpeechAnnotations? = nil
    ) throws {
        let speechId = try insertSpeech(
            speech, position: position, occasion: annotations?.occasion, level: annotations?.level)
        var headings = HeadingStack<Int64>()
        var snippetPosition = 0
        for (blockPosition, block) in speech.blocks.enumerated() {
            switch block.type {
            case .salutation:
                continue
            case .heading:
                // Every heading is prepared; the writer stores what was prepared, as for paragraphs.
                guard let stored = prepared[blockPosition] else { continue }
                let level = block.level ?? 1
                let sectionId = try insertSection(
                    block, level: level, speechId: speechId, position: blockPosition,
                    parentId: headings.entries.last { $0.level < level }?.value, searchTokens: stored.searchTokens)
                headings.push(level: level, sectionId)
            case .paragraph:
                // A paragraph left unprepared (white space only) is not stored.
                guard let stored = prepared[blockPosition] else { continue }
                try store(
                    Occurrence(
                        kind: SnippetKind.byPart[block.part] ?? .paragraph, text: block.text,
                        headingPath: stored.headingPath, speechId: speechId,
                        sectionId: headings.innermost, line: block.line, position: snippetPosition,
                        prepared: stored, themes: annotations?.themes[blockPosition],
                        annotation: annotations?.paragraphs[blockPosition]))
                snippetPosition += 1
            }
        }
        try addExtras(
            of: speech, speechId: speechId, paragraphs: speech.blocks.filter { $0.type == .paragraph },
            annotations: annotations)
        counts.speeches += 1
    }

    /// Extras go after the paragraph that precedes them, so `show` finds their neighbours.
    private mutating func addExtras(
        of speech: Speech, speechId: Int64, paragraphs: [Block], annotations: PreparedDocument.SpeechAnnotations?
    ) throws {
        let extras = annotations?.extras ?? []
        for (index, extra) in extras.enumerated() where !extra.text.allSatisfy(\.isWhitespace) {
            let before = paragraphs.filter { $0.line < extra.line }.count
            try store(
                Occurrence(
                    kind: extra.kind, text: extra.text, headingPath: .init(texts: extra.headingPath),
                    speechId: speechId,
                    sectionId: nil, line: extra.line, position: before, label: extra.label, items: extra.items,
                    themes: annotations?.extraThemes[index], annotation: annotations?.extraAnnotations[index]))
        }
    }

    private func insertSpeech(_ speech: Speech, position: Int, occasion: String?, level: Scope?) throws -> Int64 {
        try db.cachedStatement(
            sql: "INSERT INTO speech (sourceId, position, title, occasion, line, level) VALUES (?, ?, ?, ?, ?, ?)"
        ).execute(arguments: [
            sourceId, position, speech.title, occasion, speech.blocks.first?.line ?? 1, level?.rawValue,
        ])
        return db.lastInsertedRowID
    }

    private func insertSection(
        _ block: Block, level: Int, speechId: Int64, position: Int, parentId: Int64?, searchTokens: String
    ) throws -> Int64 {
        try db.cachedStatement(
            sql: """
                INSERT INTO section (speechId, parentId, level, marker, text, line, position, searchTokens)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: [
            speechId, parentId, level, block.marker, block.text, block.line, position, searchTokens,
        ])
        let sectionId = db.lastInsertedRowID
        try SearchIndex.enqueue(db, sectionId: sectionId)
        return sectionId
    }
}
