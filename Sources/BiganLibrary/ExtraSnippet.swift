/// A snippet found beyond the paragraphs of a speech, such as a `set` of parallel headings.
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
