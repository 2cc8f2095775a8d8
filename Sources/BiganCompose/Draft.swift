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
    /// Headings the library had too little fitting material for.
    public var shortages: [Shortage]

    public init(
        occasion: String, role: String, title: String, byline: String?, blocks: [DraftBlock], shortages: [Shortage] = []
    ) {
        self.occasion = occasion
        self.role = role
        self.title = title
        self.byline = byline
        self.blocks = blocks
        self.shortages = shortages
    }

    /// Every marked gap (【待补：…】) the writer still has to fill, in order.
    public var slots: [String] { blocks.flatMap(\.slots) }

    /// Every placeholder the writer still has to fill (title, byline and blocks), in order of first appearance.
    public var placeholders: [String] {
        var seen: Set<String> = []
        let heading = Slot.placeholders(in: title) + Slot.placeholders(in: byline ?? "")
        return (heading + blocks.flatMap(\.placeholders)).filter { seen.insert($0).inserted }
    }

    enum CodingKeys: String, CodingKey {
        case occasion, role, title, byline, blocks, placeholders, shortages
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        occasion = try container.decode(String.self, forKey: .occasion)
        role = try container.decode(String.self, forKey: .role)
        title = try container.decode(String.self, forKey: .title)
        byline = try container.decodeIfPresent(String.self, forKey: .byline)
        blocks = try container.decode([DraftBlock].self, forKey: .blocks)
        shortages = try container.decodeIfPresent([Shortage].self, forKey: .shortages) ?? []
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
        try container.encode(shortages, forKey: .shortages)
    }
}

/// A heading the library had too little fitting material for: how many paragraphs it wanted and
/// how many it found (the rest are marked gaps).
public struct Shortage: Codable, Sendable, Equatable {
    public var heading: String
    public var wanted: Int
    public var found: Int

    public init(heading: String, wanted: Int, found: Int) {
        self.heading = heading
        self.wanted = wanted
        self.found = found
    }
}

/// Another library paragraph that could stand in a block's place, next best first.
public struct Alternative: Codable, Sendable, Equatable {
    public var snippetId: Int64
    public var text: String
    /// Why it fits, in a few words.
    public var why: String

    public init(snippetId: Int64, text: String, why: String) {
        self.snippetId = snippetId
        self.text = text
        self.why = why
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
    /// Why the snippet was chosen, and what else could stand here.
    public var why: String?
    public var alternatives: [Alternative]
    /// The writer locked this block: recomposing keeps it (`"locked": true` in JSON).
    public var locked: Bool

    /// The marked gaps (【待补：…】) in the block.
    public var slots: [String] { FactSlots.slots(in: text) }

    public init(
        type: BlockType, level: Int? = nil, part: SpeechPart, text: String, snippetId: Int64? = nil,
        placeholders: [String] = [], source: DraftSource? = nil, why: String? = nil, alternatives: [Alternative] = [],
        locked: Bool = false
    ) {
        self.type = type
        self.level = level
        self.part = part
        self.text = text
        self.snippetId = snippetId
        self.placeholders = placeholders
        self.source = source
        self.why = why
        self.alternatives = alternatives
        self.locked = locked
    }

    enum CodingKeys: String, CodingKey {
        case type, level, part, text, snippetId, placeholders, source, slots, why, alternatives, locked
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        type = try container.decode(BlockType.self, forKey: .type)
        level = try container.decodeIfPresent(Int.self, forKey: .level)
        part = try container.decode(SpeechPart.self, forKey: .part)
        text = try container.decode(String.self, forKey: .text)
        snippetId = try container.decodeIfPresent(Int64.self, forKey: .snippetId)
        placeholders =
            try container.decodeIfPresent([String].self, forKey: .placeholders) ?? Slot.placeholders(in: text)
        source = try container.decodeIfPresent(DraftSource.self, forKey: .source)
        why = try container.decodeIfPresent(String.self, forKey: .why)
        alternatives = try container.decodeIfPresent([Alternative].self, forKey: .alternatives) ?? []
        locked = try container.decodeIfPresent(Bool.self, forKey: .locked) ?? false
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(type, forKey: .type)
        try container.encodeIfPresent(level, forKey: .level)
        try container.encode(part, forKey: .part)
        try container.encode(text, forKey: .text)
        try container.encode(snippetId, forKey: .snippetId)  // null for template text, as CLI.md shows
        try container.encode(placeholders, forKey: .placeholders)
        try container.encode(slots, forKey: .slots)
        try container.encodeIfPresent(source, forKey: .source)
        try container.encodeIfPresent(why, forKey: .why)
        if snippetId != nil { try container.encode(alternatives, forKey: .alternatives) }
        if locked { try container.encode(locked, forKey: .locked) }
    }
}

/// Where a draft paragraph came from: the library's record of where its snippet was found.
public typealias DraftSource = SnippetOrigin
