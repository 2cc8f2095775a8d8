/// What a block of a speech is.
public enum BlockType: String, Codable, Sendable {
    case salutation, heading, paragraph
}

/// The fixed part of a speech a block belongs to.
public enum SpeechPart: String, Codable, Sendable, CaseIterable {
    case opening, transition, body, closing

    /// The part's name in the writer's words.
    public var displayName: String {
        switch self {
        case .opening: return "开头"
        case .transition: return "过渡"
        case .body: return "正文"
        case .closing: return "结尾"
        }
    }
}

/// One salutation, heading or paragraph of a speech, as `bigan parse --json` prints it.
public struct Block: Codable, Sendable, Equatable {
    public var type: BlockType
    /// Outline level, 1 at the top; headings only.
    public var level: Int?
    /// The marker as written (一、 （一） 第一， 一是 四种精神：…); headings only.
    public var marker: String?
    /// Cleaned text: boilerplate gone, quotes restored, paragraph lines joined.
    public var text: String
    public var part: SpeechPart
    /// The 1-based line in the source text where the block starts.
    public var line: Int

    public init(
        type: BlockType, level: Int? = nil, marker: String? = nil, text: String, part: SpeechPart, line: Int
    ) {
        self.type = type
        self.level = level
        self.marker = marker
        self.text = text
        self.part = part
        self.line = line
    }
}
