import BiganText

/// Tells what a paragraph does (review, problem, task …) from weighted cue words
/// (`AnnotationRules.FunctionRules`): each cue counts once, and `firstSentenceFactor` times when it
/// stands in the first sentence, which says what the paragraph is for.
struct FunctionReader: Sendable {
    private let matcher: PhraseMatcher
    /// Each cue's weight for each function.
    private let weights: [String: [(ParagraphFunction, Double)]]
    private let threshold: Double
    private let firstSentenceFactor: Double

    init(rules: AnnotationRules.FunctionRules) {
        var weights: [String: [(ParagraphFunction, Double)]] = [:]
        for function in ParagraphFunction.allCases {
            for (cue, weight) in (rules.cues[function.rawValue] ?? [:]).sorted(by: { $0.key < $1.key }) {
                weights[cue, default: []].append((function, weight))
            }
        }
        self.weights = weights
        matcher = PhraseMatcher(Array(weights.keys))
        threshold = rules.threshold
        firstSentenceFactor = rules.firstSentenceFactor
    }

    func function(of characters: [Character]) -> ParagraphFunction {
        let firstEnd = characters.firstIndex { SentenceEnds.final.contains($0) } ?? characters.count
        var factors: [String: Double] = [:]
        for match in matcher.matches(in: characters) {
            let factor = match.range.lowerBound < firstEnd ? firstSentenceFactor : 1
            factors[match.phrase] = max(factors[match.phrase] ?? 0, factor)
        }
        var scores: [ParagraphFunction: Double] = [:]
        for (cue, factor) in factors.sorted(by: { $0.key < $1.key }) {
            for (function, weight) in weights[cue] ?? [] { scores[function, default: 0] += weight * factor }
        }
        // Ties go to the earlier function of the table's order, so the answer never depends on hashing.
        let best = ParagraphFunction.allCases.max { (scores[$0] ?? 0, -$0.order) < (scores[$1] ?? 0, -$1.order) }!
        return (scores[best] ?? 0) >= threshold ? best : .other
    }
}

extension ParagraphFunction {
    var order: Int { Self.allCases.firstIndex(of: self)! }
}
