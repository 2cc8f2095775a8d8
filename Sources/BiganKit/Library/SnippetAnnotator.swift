/// What a later stage adds to an import: `set` snippets, theme tags and a speech's occasion.
/// Every method has a default that adds nothing.
public protocol SnippetAnnotator: Sendable {
    /// Extra snippets found in one speech, such as the `set`s of parallel headings.
    func extraSnippets(in speech: Speech) -> [ExtraSnippet]
    /// The themes of one snippet's text under its heading path.
    func themes(text: String, headingPath: [String]) -> [ThemeTag]
    /// The occasion a speech was given at (总结表彰会 …), when it can be told.
    func occasion(of speech: Speech) -> String?
}

extension SnippetAnnotator {
    public func extraSnippets(in speech: Speech) -> [ExtraSnippet] { [] }
    public func themes(text: String, headingPath: [String]) -> [ThemeTag] { [] }
    public func occasion(of speech: Speech) -> String? { nil }
}

/// The annotator imports use when none is given; nil until the Themes stage provides one.
public enum DefaultAnnotator {
    public static var current: (any SnippetAnnotator)? { nil }
}

/// A snippet an annotator found beyond the paragraphs, such as a `set`.
public struct ExtraSnippet: Sendable, Equatable {
    public var kind: SnippetKind
    /// The whole text, e.g. the label and items of a set joined as written.
    public var text: String
    public var label: String?
    public var items: [String]?
    public var headingPath: [String]
    /// The line where it starts in the source text.
    public var line: Int

    public init(
        kind: SnippetKind, text: String, label: String? = nil, items: [String]? = nil, headingPath: [String] = [],
        line: Int
    ) {
        self.kind = kind
        self.text = text
        self.label = label
        self.items = items
        self.headingPath = headingPath
        self.line = line
    }
}

/// A theme of a snippet, with how strongly it applies and the words that showed it.
public struct ThemeTag: Codable, Sendable, Equatable {
    public var theme: String
    public var score: Double
    public var cues: [String]

    public init(theme: String, score: Double, cues: [String] = []) {
        self.theme = theme
        self.score = score
        self.cues = cues
    }
}
