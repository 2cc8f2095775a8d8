import GRDB

/// A heading of a speech (table `section`); `parentId` builds the heading tree.
public struct LibrarySection: Codable, Sendable, Equatable, FetchableRecord, TableRecord {
    public static let databaseTableName = "section"

    public var id: Int64
    public var speechId: Int64
    public var parentId: Int64?
    public var level: Int
    public var marker: String?
    /// The heading as written, marker included.
    public var text: String
    public var line: Int
    /// Position among the blocks of its speech.
    public var position: Int
}
