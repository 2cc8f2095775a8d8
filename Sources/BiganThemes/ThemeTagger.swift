import Foundation

/// Gives a text the themes it is about, with scores and the cue phrases that show why.
public struct ThemeTagger: Sendable {
    /// The taxonomy the tagger was built from.
    public let taxonomy: ThemeTaxonomy
    let matcher: ThemeCueMatcher

    public init(taxonomy: ThemeTaxonomy) {
        self.taxonomy = taxonomy
        self.matcher = ThemeCueMatcher(themes: taxonomy.themes)
    }

    /// The themes of `text` under `headingPath` (outermost heading first), best first.
    ///
    /// Cues in the text count with their weights, repeats counting less each time, and the sum is damped
    /// for long texts; cues in the headings count on top of that, the nearest heading most.
    public func tag(text: String, headingPath: [String]) -> [ThemeTag] {
        let scoring = taxonomy.scoring
        var own = ThemeEvidence(themeCount: taxonomy.themes.count)
        add(text, factor: 1, to: &own)
        var inherited = ThemeEvidence(themeCount: taxonomy.themes.count)
        for (distance, heading) in headingPath.reversed().enumerated() where distance < scoring.headingWeights.count {
            let weight = scoring.headingWeights[distance]
            if weight > 0 { add(heading, factor: weight, to: &inherited) }
        }
        let combined = own.adding(inherited, phrases: matcher.phrases) { theme in
            let support = min(1, max(0, own.scores[theme]) / max(scoring.threshold, 0.001))
            return scoring.inheritedOnlyFactor + (1 - scoring.inheritedOnlyFactor) * support
        }
        let best = combined.scores.max() ?? 0
        let floor = max(scoring.threshold, best * scoring.relativeFloor, .leastNonzeroMagnitude)
        return combined.scores.indices
            .filter { combined.scores[$0] >= floor }
            .sorted { (combined.scores[$0], -$0) > (combined.scores[$1], -$1) }
            .map {
                ThemeTag(
                    theme: taxonomy.themes[$0].name, score: rounded(combined.scores[$0]),
                    cues: combined.cues(of: $0, phrases: matcher.phrases))
            }
    }

    /// The themes of a parallel set: its label and items as the text, under the headings above its label.
    public func tag(_ set: ParallelSet) -> [ThemeTag] {
        tag(text: set.text, headingPath: Array(set.headingPath.dropLast()))
    }

    private func add(_ text: String, factor: Double, to evidence: inout ThemeEvidence) {
        let scoring = taxonomy.scoring
        let (counts, length) = matcher.counts(in: text)
        guard !counts.isEmpty else { return }
        let damping = pow(max(1, Double(length) / max(1, scoring.referenceLength)), scoring.lengthDamping)
        let scale = factor / damping
        // In phrase order, so sums (and scores at the threshold) do not depend on hashing order.
        for id in counts.keys.sorted() {
            let occurrences = counts[id]!
            let phrase = matcher.phrases[id]
            let count = Double(occurrences.count)
            var times =
                scoring.repeatFactor >= 1 ? count : (1 - pow(scoring.repeatFactor, count)) / (1 - scoring.repeatFactor)
            if occurrences.inLead && phrase.weight > 0 { times += scoring.leadBonus }
            evidence.add(theme: phrase.theme, phrase: id, amount: phrase.weight * times * scale)
        }
    }

    private func rounded(_ score: Double) -> Double {
        (score * 1000).rounded() / 1000
    }
}
