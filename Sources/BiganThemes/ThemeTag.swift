/// A theme given to a text, how strongly, and the cue phrases that earned it.
public struct ThemeTag: Codable, Sendable, Equatable {
    /// The theme's name.
    public var theme: String
    /// Higher is more about the theme; tags below the taxonomy's threshold are never produced.
    public var score: Double
    /// The cue phrases that matched, strongest contribution first (from the text or its headings).
    public var cues: [String]

    public init(theme: String, score: Double, cues: [String] = []) {
        self.theme = theme
        self.score = score
        self.cues = cues
    }
}
