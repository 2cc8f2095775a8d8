import BiganText
import BiganThemes

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
    /// The level it speaks at or the audience it addresses, what it does, and the facts of its own
    /// source it carries (nil when the library has not annotated it).
    public var scope: Scope?
    public var function: ParagraphFunction?
    public var facts: [Fact]?

    package init(
        id: Int64, kind: SnippetKind, text: String, headingPath: [String], themes: [ThemeTag], label: String? = nil,
        items: [String]? = nil, characterCount: Int, sources: [Occurrence], before: Neighbour? = nil,
        after: Neighbour? = nil
    ) {
        self.id = id
        self.kind = kind
        self.text = text
        self.headingPath = headingPath
        self.themes = themes
        self.label = label
        self.items = items
        self.characterCount = characterCount
        self.sources = sources
        self.before = before
        self.after = after
    }

    /// One place a snippet was found.
    public struct Occurrence: Codable, Sendable, Equatable {
        public var file: String
        public var speech: String?
        public var line: Int
        public var headingPath: [String]

        package init(file: String, speech: String? = nil, line: Int, headingPath: [String]) {
            self.file = file
            self.speech = speech
            self.line = line
            self.headingPath = headingPath
        }
    }

    /// A neighbouring paragraph.
    public struct Neighbour: Codable, Sendable, Equatable {
        public var id: Int64
        public var kind: SnippetKind
        public var text: String
        public var line: Int

        package init(id: Int64, kind: SnippetKind, text: String, line: Int) {
            self.id = id
            self.kind = kind
            self.text = text
            self.line = line
        }
    }
}

/// How many snippets carry a theme.
public struct ThemeCount: Codable, Sendable, Equatable {
    public var name: String
    public var count: Int

    package init(name: String, count: Int) {
        self.name = name
        self.count = count
    }
}
