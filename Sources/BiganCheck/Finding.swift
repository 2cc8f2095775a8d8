/// What a check found in a speech: its kind, where it stands, the text as written and why it matters.
public struct Finding: Codable, Sendable, Equatable {
    public var kind: FindingKind
    /// The 1-based line of the file (the paragraph's number in a .docx).
    public var line: Int
    /// The offending text, as the speech writes it.
    public var text: String
    /// Why it matters, in the words a 文秘 reads.
    public var why: String
    /// The library text it matches (copied passages and borrowed figures).
    public var source: Source?

    /// A library file and line.
    public struct Source: Codable, Sendable, Equatable {
        public var file: String
        public var line: Int

        public init(file: String, line: Int) {
            self.file = file
            self.line = line
        }
    }

    public init(_ kind: FindingKind, line: Int, text: String, why: String, source: Source? = nil) {
        self.kind = kind
        self.line = line
        self.text = text
        self.why = why
        self.source = source
    }

    enum CodingKeys: String, CodingKey { case kind, line, text, why, source }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(line, forKey: .line)
        try container.encode(text, forKey: .text)
        try container.encode(why, forKey: .why)
        try container.encode(source, forKey: .source)  // null when the finding has no library source
    }
}

/// The kinds of finding (CLI.md, `bigan check`), in the order a report lists them.
public enum FindingKind: String, Codable, Sendable, CaseIterable {
    case place, year, level, figure, person, placeholder, copied, numbering, punctuation, `repeat`

    /// What a finding of this kind means for the speech.
    public enum Weight: Sendable {
        /// A fact left over from another speech: the speech must not go out with it (exit 1).
        case stale
        /// Right in one speech, a leftover in another: the writer confirms it.
        case confirm
        /// A gap left to fill (exit 1 with `--final`).
        case gap
        /// Material taken from the library.
        case copied
        /// The outline, the punctuation, a sentence said twice.
        case structure
    }

    public var weight: Weight {
        switch self {
        case .place, .year, .level, .figure: .stale
        case .person: .confirm
        case .placeholder: .gap
        case .copied: .copied
        case .numbering, .punctuation, .`repeat`: .structure
        }
    }

    /// The name a writer reads.
    public var displayName: String {
        switch self {
        case .place: "地名"
        case .year: "年份"
        case .level: "层级"
        case .figure: "数据"
        case .person: "人物职务"
        case .placeholder: "待补"
        case .copied: "雷同"
        case .numbering: "编号"
        case .punctuation: "标点"
        case .`repeat`: "重复"
        }
    }
}

extension FindingKind.Weight {
    /// The name a writer reads.
    public var displayName: String {
        switch self {
        case .stale: "过时信息"
        case .confirm: "待确认"
        case .gap: "待补"
        case .copied: "雷同"
        case .structure: "结构与标点"
        }
    }
}
