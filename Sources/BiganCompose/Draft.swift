import BiganLibrary
import BiganOutline

/// A composed speech draft, ready to render as Markdown or .docx.
public struct Draft: Codable, Sendable, Equatable {
    public var occasion: String
    public var role: String
    public var title: String
    /// The line under the title: speaker's post and the date, e.g. 市长 {姓名}（2026年1月5日）.
    public var byline: String?
    public var blocks: [DraftBlock]

    public init(occasion: String, role: String, title: String, byline: String?, blocks: [DraftBlock]) {
        self.occasion = occasion
        self.role = role
        self.title = title
        self.byline = byline
        self.blocks = blocks
    }

    /// Every placeholder the writer still has to fill (title, byline and blocks), in order of first appearance.
    public var placeholders: [String] {
        var seen: Set<String> = []
        let heading = Slot.placeholders(in: title) + Slot.placeholders(in: byline ?? "")
        return (heading + blocks.flatMap(\.placeholders)).filter { seen.insert($0).inserted }
    }

    enum CodingKeys: String, CodingKey {
        case occasion, role, title, byline, blocks, placeholders
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        occasion = try container.decode(String.self, forKey: .occasion)
        role = try container.decode(String.self, forKey: .role)
        title = try container.decode(String.self, forKey: .title)
        byline = try container.decodeIfPresent(String.self, forKey: .byline)
        blocks = try container.decode([DraftBlock].self, forKey: .blocks)
    }

    /// Encodes the draft as `bigan draft --json` prints it, with the placeholders left to fill.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(occasion, forKey: .occasion)
        try container.encode(role, forKey: .role)
        try container.encode(title, forKey: .title)
        try container.encodeIfPresent(byline, forKey: .byline)
        try container.encode(blocks, forKey: .blocks)
        try container.encode(placeholders, forKey: .placeholders)
    }
}

/// One salutation, heading or paragraph of a draft.
public struct DraftBlock: Codable, Sendable, Equatable {
    public var type: BlockType
    /// Outline level of a heading (1 for 一、, 2 for （一）…).
    public var level: Int?
    public var part: SpeechPart
    public var text: String
    /// The library snippet this block came from; nil for template text.
    public var snippetId: Int64?
    /// Placeholders such as {姓名} left in `text` for the writer to fill.
    public var placeholders: [String]
    /// Where the snippet came from, for `--sources`.
    public var source: DraftSource?

    public init(
        type: BlockType, level: Int? = nil, part: SpeechPart, text: String, snippetId: Int64? = nil,
        placeholders: [String] = [], source: DraftSource? = nil
    ) {
        self.type = type
        self.level = level
        self.part = part
        self.text = text
        self.snippetId = snippetId
        self.placeholders = placeholders
        self.source = source
    }

    enum CodingKeys: String, CodingKey {
        case type, level, part, text, snippetId, placeholders, source
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(type, forKey: .type)
        try container.encodeIfPresent(level, forKey: .level)
        try container.encode(part, forKey: .part)
        try container.encode(text, forKey: .text)
        try container.encode(snippetId, forKey: .snippetId)  // null for template text, as CLI.md shows
        try container.encode(placeholders, forKey: .placeholders)
        try container.encodeIfPresent(source, forKey: .source)
    }
}

/// Where a draft paragraph came from: the library's record of where its snippet was found.
public typealias DraftSource = SnippetOrigin
