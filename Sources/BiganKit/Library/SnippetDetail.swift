/// Everything `bigan show` tells about one snippet.
public struct SnippetDetail: Codable, Sendable, Equatable {
    public var id: Int64
    public var kind: SnippetKind
    public var text: String
    public var headingPath: [String]
    public var themes: [ThemeTag]
    public var label: String?
    public var items: [String]?
    public var characterCount: Int
    /// Every place the snippet was found, first occurrence first.
    public var sources: [Occurrence]
    /// The paragraphs before and after it at its first occurrence.
    public var before: Neighbour?
    public var after: Neighbour?

    /// One place a snippet was found.
    public struct Occurrence: Codable, Sendable, Equatable {
        public var file: String
        public var speech: String?
        public var line: Int
        public var headingPath: [String]
    }

    /// A neighbouring paragraph.
    public struct Neighbour: Codable, Sendable, Equatable {
        public var id: Int64
        public var kind: SnippetKind
        public var text: String
        public var line: Int
    }
}

/// How many snippets carry a theme.
public struct ThemeCount: Codable, Sendable, Equatable {
    public var name: String
    public var count: Int
}
