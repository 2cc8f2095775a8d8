import Foundation
import GRDB

/// An imported file (table `source`).
public struct LibrarySource: Codable, Sendable, Equatable, FetchableRecord, TableRecord {
    public static let databaseTableName = "source"

    public var id: Int64
    /// Absolute path (or `Snippets/…` for the bundled corpus).
    public var path: String
    public var contentHash: Data
    /// How the file was decoded (`TextEncoding` raw value).
    public var encoding: String
    public var size: Int64
    public var importedAt: Date
}
