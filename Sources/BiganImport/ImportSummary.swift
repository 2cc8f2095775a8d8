import BiganLibrary

/// What `bigan import` did (the JSON shape of CLI.md, plus `skipped`, `library` and `cancelled`).
public struct ImportSummary: Codable, Sendable, Equatable {
    /// Files attempted.
    public var files = 0
    /// Files stored (new, or replacing an earlier version).
    public var imported = 0
    /// Files already in the library with the same content.
    public var unchanged = 0
    public var failed: [ImportFailure] = []
    /// Speeches in the imported files.
    public var speeches = 0
    /// Snippets new to the library.
    public var snippets = 0
    /// Paragraphs whose text the library already held: stored once, with one more source.
    public var duplicates = 0
    /// Hidden files, non-text files and the like, left alone.
    public var skipped: [SkippedFile] = []
    /// Where the library lives.
    public var library: String?
    /// True when the import was interrupted; files after the current one were not attempted.
    public var cancelled = false

    public init() {}

    mutating func add(_ outcome: FileImportOutcome) {
        switch outcome {
        case .unchanged:
            unchanged += 1
        case .imported(let counts):
            imported += 1
            speeches += counts.speeches
            snippets += counts.snippets
            duplicates += counts.duplicates
        }
    }
}

/// A file that could not be imported; the library holds nothing of it.
public struct ImportFailure: Codable, Sendable, Equatable {
    public var file: String
    public var error: String

    public init(file: String, error: String) {
        self.file = file
        self.error = error
    }
}

/// A file or folder an import left alone, and why.
public struct SkippedFile: Codable, Sendable, Equatable {
    public var file: String
    public var reason: String

    public init(file: String, reason: String) {
        self.file = file
        self.reason = reason
    }
}
