@testable import BiganOutline

/// Gold headings matched to a parse the way score.py matches them: in document order, each gold
/// heading takes the first unused predicted heading after the previous match whose normalised text
/// starts with the gold prefix (or is a heading sentence ending in punctuation that the prefix
/// starts with).
struct GoldMatch {
    struct Pair {
        var gold: GoldLabels.Heading
        var predicted: Block

        var levelIsRight: Bool {
            guard let level = predicted.level else { return false }
            return level == gold.level || (gold.altLevels ?? []).contains(level)
        }
    }

    var pairs: [Pair] = []
    var missed: [GoldLabels.Heading] = []
    /// Predicted headings that match no gold heading and start with no ambiguous prefix.
    var falsePositives: [Block] = []

    init(gold: GoldLabels, document: ParsedDocument) {
        let predicted = document.speeches.flatMap(\.blocks).filter { $0.type == .heading }
        let texts = predicted.map { ScorerText.normalized($0.text) }
        var used = Array(repeating: false, count: predicted.count)
        var from = 0
        for heading in gold.headings {
            let prefix = ScorerText.normalized(heading.prefix)
            let found = (from..<predicted.count).first { index in
                !used[index] && (texts[index].hasPrefix(prefix) || Self.isShortMatch(texts[index], prefix))
            }
            guard let index = found else {
                missed.append(heading)
                continue
            }
            used[index] = true
            pairs.append(Pair(gold: heading, predicted: predicted[index]))
            from = index + 1
        }
        let ambiguous = gold.ambiguous.map(ScorerText.normalized).filter { !$0.isEmpty }
        falsePositives = predicted.indices.filter { index in
            !used[index] && !ambiguous.contains { texts[index].hasPrefix($0) }
        }.map { predicted[$0] }
    }

    static func isShortMatch(_ text: String, _ prefix: String) -> Bool {
        guard text.count >= 4, let last = text.last, ".:;!?：；！？".contains(last) else { return false }
        return prefix.hasPrefix(text)
    }

    var wrongLevels: [Pair] { pairs.filter { !$0.levelIsRight } }
}
