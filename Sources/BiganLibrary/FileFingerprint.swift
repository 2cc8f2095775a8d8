import Foundation

/// What identifies one version of an imported file: where it is and a hash of its bytes.
public struct FileFingerprint: Sendable, Equatable {
    /// The path stored in the library (absolute, or relative to the bundled resources), as a user
    /// reads it: decoded from `pathBytes`.
    public var path: String
    /// The path's bytes as the system knows them (a GBK name is not UTF-8).
    public var pathBytes: [UInt8]
    public var contentHash: Data
    public var size: Int64

    public init(path: String, pathBytes: [UInt8]? = nil, contentHash: Data, size: Int64) {
        self.path = path
        self.pathBytes = pathBytes ?? Array(path.utf8)
        self.contentHash = contentHash
        self.size = size
    }

    /// The fingerprint of `data`, stored under `path` (whose bytes are `pathBytes`, or its UTF-8).
    public init(path: String, pathBytes: [UInt8]? = nil, data: Data) {
        self.init(path: path, pathBytes: pathBytes, contentHash: ContentHash.digest(data), size: Int64(data.count))
    }
}

/// What storing one file did.
public enum FileImportOutcome: Sendable, Equatable {
    /// The same path with the same content was already in the library: nothing changed.
    case unchanged
    /// The file was stored (or replaced its earlier version).
    case imported(FileImportCounts)
}

/// Counts for one stored file.
public struct FileImportCounts: Sendable, Equatable {
    public var speeches = 0
    /// Snippets new to the library.
    public var snippets = 0
    /// Paragraphs whose text the library already held (from another file or earlier in this one).
    public var duplicates = 0
    /// True when an earlier version of the file was replaced.
    public var replaced = false

    public init() {}
}
