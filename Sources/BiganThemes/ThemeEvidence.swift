/// The running score of every theme for one text and the cue phrases behind it.
struct ThemeEvidence {
    var scores: [Double]
    /// Contributions by phrase index (into `ThemeCueMatcher.phrases`); each phrase belongs to one theme.
    private var contributions: [Int: Double] = [:]

    init(themeCount: Int) {
        scores = [Double](repeating: 0, count: themeCount)
    }

    mutating func add(theme: Int, phrase: Int, amount: Double) {
        scores[theme] += amount
        contributions[phrase, default: 0] += amount
    }

    /// This evidence plus `other`, each theme of `other` scaled by `factor(theme)`.
    func adding(_ other: ThemeEvidence, phrases: [ThemeCueMatcher.Phrase], factor: (Int) -> Double) -> ThemeEvidence {
        var result = self
        for phrase in other.contributions.keys.sorted() {
            let amount = other.contributions[phrase]!
            let theme = phrases[phrase].theme
            result.add(theme: theme, phrase: phrase, amount: amount * factor(theme))
        }
        return result
    }

    /// The cue phrases that raised the theme's score, biggest contribution first.
    func cues(of theme: Int, phrases: [ThemeCueMatcher.Phrase]) -> [String] {
        contributions.filter { phrases[$0.key].theme == theme && $0.value > 0 }
            .map { (phrases[$0.key].text, $0.value) }
            .sorted { ($0.1, $1.0) > ($1.1, $0.0) }
            .map(\.0)
    }
}
