import GRDB

/// One place a snippet was found (table `snippetSource`): a file, a speech, a line.
public struct SnippetOccurrence: Codable, Sendable, Equatable, FetchableRecord, TableRecord {
    public static let databaseTableName = "snippetSource"

    public var id: Int64
    public var snippetId: Int64
    /// The speech, and through it the file (`LibrarySpeech.sourceId`).
    public var speechId: Int64
    public var sectionId: Int64?
    /// The 1-based line in the source text where the paragraph starts.
    public var line: Int
    /// Position among the snippets of its speech.
    public var position: Int
    public var headingPath: [String]
}
