import BiganOutline

/// What the library holds, as `bigan stats` prints it.
public struct LibraryStats: Codable, Sendable, Equatable {
    /// Where the library lives (nil in memory).
    public var path: String?
    /// Imported files.
    public var files: Int
    public var speeches: Int
    /// Distinct snippets.
    public var snippets: Int
    /// Distinct snippets by kind (every kind listed, zeros included).
    public var kinds: [String: Int]
    /// Places snippets were found in: one per paragraph of every imported file.
    public var sources: Int
    /// Occurrences beyond the first of a snippet: reposted paragraphs stored once.
    public var duplicates: Int
    public var headings: Int
    /// Distinct themes, and snippets carrying at least one.
    public var themes: Int
    public var taggedSnippets: Int
    /// Size of the database in bytes.
    public var size: Int64
    public var schemaVersion: Int

    public init(
        path: String?, files: Int, speeches: Int, snippets: Int, kinds: [String: Int], sources: Int, duplicates: Int,
        headings: Int, themes: Int, taggedSnippets: Int, size: Int64, schemaVersion: Int
    ) {
        self.path = path
        self.files = files
        self.speeches = speeches
        self.snippets = snippets
        self.kinds = kinds
        self.sources = sources
        self.duplicates = duplicates
        self.headings = headings
        self.themes = themes
        self.taggedSnippets = taggedSnippets
        self.size = size
        self.schemaVersion = schemaVersion
    }
}
