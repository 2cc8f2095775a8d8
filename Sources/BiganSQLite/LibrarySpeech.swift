import GRDB

/// One speech of an imported file (table `speech`).
public struct LibrarySpeech: Codable, Sendable, Equatable, FetchableRecord, TableRecord {
    public static let databaseTableName = "speech"

    public var id: Int64
    public var sourceId: Int64
    /// Index of the speech in its file, from 0.
    public var position: Int
    public var title: String?
    /// The occasion (总结表彰会 …) when an annotator could tell it.
    public var occasion: String?
    /// The line where the speech starts.
    public var line: Int
}
