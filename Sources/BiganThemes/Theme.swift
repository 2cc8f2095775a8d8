/// One work theme of the taxonomy (督查落实, 政务公开 …) and the cues that reveal it.
public struct Theme: Codable, Sendable, Equatable {
    /// The theme's name as users type it after `--theme`.
    public var name: String
    /// A short description for `bigan themes`.
    public var description: String
    /// Phrases whose presence points at the theme, with their weights; a negative weight points away.
    public var cues: [ThemeCue]
    /// Longer phrases that hide the cues inside them (国家安全 hides 安全 from 安全生产).
    public var ignore: [String]

    public init(name: String, description: String = "", cues: [ThemeCue], ignore: [String] = []) {
        self.name = name
        self.description = description
        self.cues = cues
        self.ignore = ignore
    }

    /// The positive cues, strongest first: what `bigan themes` lists as keywords.
    public var keywords: [String] {
        cues.enumerated()
            .filter { $0.element.weight > 0 }
            .sorted { ($0.element.weight, -$0.offset) > ($1.element.weight, -$1.offset) }
            .map(\.element.phrase)
    }
}

/// A cue phrase of a theme and how much one occurrence counts.
public struct ThemeCue: Codable, Sendable, Equatable {
    public var phrase: String
    public var weight: Double

    public init(_ phrase: String, weight: Double) {
        self.phrase = phrase
        self.weight = weight
    }
}
