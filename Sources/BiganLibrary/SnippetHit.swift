import BiganOutline
import BiganThemes

/// A snippet as search and theme listings return it (the JSON shape of CLI.md).
public struct SnippetHit: Codable, Sendable, Equatable {
    public var id: Int64
    public var kind: SnippetKind
    /// The text as written.
    public var text: String
    public var headingPath: [String]
    /// Theme names, strongest first.
    public var themes: [String]
    /// Where the snippet was first found.
    public var source: SnippetOrigin?
    /// Higher is better: bm25 relevance for a search, the theme score for a theme listing.
    public var score: Double
    /// A `set`'s label.
    public var label: String?
    /// A `set`'s items.
    public var items: [String]?
    /// The part of the text around the first match, matches in 【】 (search only).
    public var excerpt: String?
    /// How many places the snippet was found in (reposts).
    public var sourceCount: Int
    /// The cue words that tagged it with its theme: why it matched a theme listing.
    public var cues: [String]?
    /// Its scope, function and facts (CLI.md: `scope`, `function`, `facts`); nil when not annotated.
    public var annotation: Annotation?

    public init(
        id: Int64, kind: SnippetKind, text: String, headingPath: [String], themes: [String], source: SnippetOrigin?,
        score: Double, label: String? = nil, items: [String]? = nil, excerpt: String? = nil, sourceCount: Int = 1,
        cues: [String]? = nil, annotation: Annotation? = nil
    ) {
        self.id = id
        self.kind = kind
        self.text = text
        self.headingPath = headingPath
        self.themes = themes
        self.source = source
        self.score = score
        self.label = label
        self.items = items
        self.excerpt = excerpt
        self.sourceCount = sourceCount
        self.cues = cues
        self.annotation = annotation
    }

    enum CodingKeys: String, CodingKey {
        case id, kind, text, headingPath, themes, source, score, label, items, excerpt, sourceCount, cues
        case scope, function, facts
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(Int64.self, forKey: .id)
        kind = try container.decode(SnippetKind.self, forKey: .kind)
        text = try container.decode(String.self, forKey: .text)
        headingPath = try container.decode([String].self, forKey: .headingPath)
        themes = try container.decode([String].self, forKey: .themes)
        source = try container.decodeIfPresent(SnippetOrigin.self, forKey: .source)
        score = try container.decode(Double.self, forKey: .score)
        label = try container.decodeIfPresent(String.self, forKey: .label)
        items = try container.decodeIfPresent([String].self, forKey: .items)
        excerpt = try container.decodeIfPresent(String.self, forKey: .excerpt)
        sourceCount = try container.decodeIfPresent(Int.self, forKey: .sourceCount) ?? 1
        cues = try container.decodeIfPresent([String].self, forKey: .cues)
        annotation = try Annotation.decodeFields(container, scope: .scope, function: .function, facts: .facts)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(kind, forKey: .kind)
        try container.encode(text, forKey: .text)
        try container.encode(headingPath, forKey: .headingPath)
        try container.encode(themes, forKey: .themes)
        try container.encode(source, forKey: .source)
        try container.encode((score * 1000).rounded() / 1000, forKey: .score)
        try container.encodeIfPresent(label, forKey: .label)
        try container.encodeIfPresent(items, forKey: .items)
        try container.encodeIfPresent(excerpt, forKey: .excerpt)
        try container.encode(sourceCount, forKey: .sourceCount)
        try container.encodeIfPresent(cues, forKey: .cues)
        try annotation?.encodeFields(into: &container, scope: .scope, function: .function, facts: .facts)
    }
}

/// Where a snippet was found: file, speech title and the 1-based line.
public struct SnippetOrigin: Codable, Sendable, Equatable {
    public var file: String
    public var speech: String?
    public var line: Int

    public init(file: String, speech: String?, line: Int) {
        self.file = file
        self.speech = speech
        self.line = line
    }

    enum CodingKeys: String, CodingKey { case file, speech, line }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(speech, forKey: .speech)
        try container.encode(line, forKey: .line)
    }
}
