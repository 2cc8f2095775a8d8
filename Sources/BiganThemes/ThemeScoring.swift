/// The knobs of theme scoring, read from the `scoring:` section of the taxonomy file.
public struct ThemeScoring: Codable, Sendable, Equatable {
    /// Tags scoring below this are dropped.
    public var threshold: Double
    /// Tags scoring below this share of the text's best tag are dropped too.
    public var relativeFloor: Double
    /// How much a cue in a heading counts, nearest heading first; headings further up count nothing.
    public var headingWeights: [Double]
    /// Texts longer than this many characters have their text score damped.
    public var referenceLength: Double
    /// Damping exponent: the text score is divided by (length / referenceLength) ^ lengthDamping.
    public var lengthDamping: Double
    /// Heading cues count this share when the text itself has no cue of the theme, rising to their full weight
    /// as the text's own score reaches the threshold: a paragraph that only sits under a heading ranks lower.
    public var inheritedOnlyFactor: Double
    /// A cue in the opening sentence of a text of several sentences counts this much extra, once: a topic
    /// sentence (加强安全生产和市场监管。…) says what the paragraph is about.
    public var leadBonus: Double
    /// Each repeat of a cue counts this share of the previous occurrence (so repeats add at most 1/(1-r)).
    public var repeatFactor: Double

    public init(
        threshold: Double = 2.0, relativeFloor: Double = 0.2, headingWeights: [Double] = [1.5, 0.75, 0.35],
        referenceLength: Double = 80, lengthDamping: Double = 0.5, inheritedOnlyFactor: Double = 0.5,
        leadBonus: Double = 1.0, repeatFactor: Double = 0.5
    ) {
        self.threshold = threshold
        self.relativeFloor = relativeFloor
        self.headingWeights = headingWeights
        self.referenceLength = referenceLength
        self.lengthDamping = lengthDamping
        self.inheritedOnlyFactor = inheritedOnlyFactor
        self.leadBonus = leadBonus
        self.repeatFactor = repeatFactor
    }

    /// Defaults used for any setting the file leaves out.
    public static let standard = ThemeScoring()
}
