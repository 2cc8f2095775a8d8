import BiganLibrary
import BiganOutline
import BiganThemes
import Foundation
import GRDB

/// Writes one file's speeches, headings and snippets (its `FileLayout`) inside the file's
/// transaction, deduplicating snippets by their normalised-text hash.
struct SnippetWriter {
    let db: Database
    let sourceId: Int64
    /// The file's stored path: where its occurrences stand (`OccurrencePlace`).
    let path: String
    /// Formatted once, as GRDB stores dates: it would format the Date anew for every statement.
    let now = String.fromDatabaseValue(Date().databaseValue) ?? ""
    var counts = FileImportCounts()
    /// The index tokens of the snippets this writer added, for `SearchIndex.indexBacklog`.
    var newTokens: [Int64: String] = [:]
    /// The speeches this writer stored: an occurrence never precedes another of its own file.
    var speechIds: Set<Int64> = []

    init(db: Database, sourceId: Int64, path: String) {
        self.db = db
        self.sourceId = sourceId
        self.path = path
    }

    /// An occurrence of the layout with the ids of its speech and heading.
    struct Placed {
        var occurrence: FileLayout.Occurrence
        var speechId: Int64
        var sectionId: Int64?
    }

    /// Stores the file's speeches, headings and snippets.
    mutating func add(_ layout: FileLayout) throws {
        let speeches = try layout.speeches.enumerated().map { position, speech in
            try insertSpeech(speech, position: position)
        }
        speechIds = Set(speeches)
        var sections: [Int64] = []
        for section in layout.sections {
            sections.append(
                try insertSection(
                    section, speechId: speeches[section.speech], parentId: section.parent.map { sections[$0] }))
        }
        for occurrence in layout.occurrences {
            try store(
                Placed(
                    occurrence: occurrence, speechId: speeches[occurrence.speech],
                    sectionId: occurrence.section.map { sections[$0] }))
        }
        counts.speeches += layout.speeches.count
    }

    private func insertSpeech(_ speech: FileLayout.Speech, position: Int) throws -> Int64 {
        try db.cachedStatement(
            sql: "INSERT INTO speech (sourceId, position, title, occasion, line, level) VALUES (?, ?, ?, ?, ?, ?)"
        ).execute(arguments: [sourceId, position, speech.title, speech.occasion, speech.line, speech.level?.rawValue])
        return db.lastInsertedRowID
    }

    private func insertSection(_ section: FileLayout.Section, speechId: Int64, parentId: Int64?) throws -> Int64 {
        try db.cachedStatement(
            sql: """
                INSERT INTO section (speechId, parentId, level, marker, text, line, position, searchTokens)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: [
            speechId, parentId, section.level, section.marker, section.text, section.line, section.position,
            section.searchTokens,
        ])
        let sectionId = db.lastInsertedRowID
        try SearchIndex.enqueue(db, sectionId: sectionId)
        return sectionId
    }
}
