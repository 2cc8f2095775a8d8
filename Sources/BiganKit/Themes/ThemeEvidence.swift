/// The running score of every theme for one text and the cues behind it.
struct ThemeEvidence {
    var scores: [Double]
    private var contributions: [Int: [String: Double]] = [:]

    init(themeCount: Int) {
        scores = [Double](repeating: 0, count: themeCount)
    }

    mutating func add(theme: Int, cue: String, amount: Double) {
        scores[theme] += amount
        contributions[theme, default: [:]][cue, default: 0] += amount
    }

    /// This evidence plus `other`, each theme of `other` scaled by `factor(theme)`.
    func adding(_ other: ThemeEvidence, factor: (Int) -> Double) -> ThemeEvidence {
        var result = self
        for (theme, cues) in other.contributions {
            let scale = factor(theme)
            for (cue, amount) in cues {
                result.add(theme: theme, cue: cue, amount: amount * scale)
            }
        }
        return result
    }

    /// The cues that raised the theme's score, biggest contribution first.
    func cues(of theme: Int) -> [String] {
        (contributions[theme] ?? [:]).filter { $0.value > 0 }
            .sorted { ($0.value, $1.key) > ($1.value, $0.key) }
            .map(\.key)
    }
}
