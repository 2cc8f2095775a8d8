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
