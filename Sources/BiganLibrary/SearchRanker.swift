import BiganText

/// Ranks the snippets that match a search, BM25 style: each query term counts for how often it
/// occurs in a snippet's text against the snippet's length, and four times as much when it
/// occurs in the heading path. All candidates hold every term, so terms are not weighted by rarity.
///
/// Only the `window` matches first in content order (`ContentKey`) are ranked: a one- or
/// two-character query can match most of a large library, and ranking all of it would make a
/// search linear in the library's size. The window and the ties go by the texts, not by row ids,
/// so every library of the same texts gives the same hits in the same order.
package struct SearchRanker {
    /// How many matches a search ranks.
    package static let window = 1_000

    package struct Candidate {
        package let id: Int64
        package let text: String
        let headingPath: String
        let characterCount: Int
        /// The snippet's `ContentKey`: ties go to the lower.
        let order: Int64

        package init(id: Int64, text: String, headingPath: String, characterCount: Int, order: Int64) {
            self.id = id
            self.text = text
            self.headingPath = headingPath
            self.characterCount = characterCount
            self.order = order
        }
    }

    /// Per term, the byte forms counted in the text: as typed, and folded (full width to half,
    /// letters to lower case, separators dropped).
    private let forms: [[[UInt8]]]
    private let k1 = 1.2
    private let b = 0.75
    private let headingWeight = 4.0

    package init(terms: [Substring], searchable: [String]) {
        forms = zip(terms, searchable).map { term, folded in
            Array(Set([Array(term.utf8), Array(folded.utf8)])).filter { !$0.isEmpty }
        }
    }

    /// `candidates` best first, each with its score (ties by content key).
    package func ranked(_ candidates: [Candidate]) -> [(candidate: Candidate, score: Double)] {
        guard !candidates.isEmpty else { return [] }
        let average = max(1, Double(candidates.reduce(0) { $0 + $1.characterCount }) / Double(candidates.count))
        let scored = candidates.map { ($0, score($0, averageLength: average)) }
        return scored.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.order < $1.0.order }.map {
            (candidate: $0.0, score: $0.1)
        }
    }

    func score(_ candidate: Candidate, averageLength: Double) -> Double {
        let norm = k1 * (1 - b + b * Double(candidate.characterCount) / averageLength)
        var total = 0.0
        for term in forms {
            // FTS5 matched the term, so it occurs at least once even where folding hides it from bytes.
            let inText = Double(max(1, term.map { UTF8Search.count($0, in: candidate.text) }.max() ?? 0))
            total += inText * (k1 + 1) / (inText + norm)
            let inHeading = Double(term.map { UTF8Search.count($0, in: candidate.headingPath) }.max() ?? 0)
            if inHeading > 0 { total += headingWeight * inHeading * (k1 + 1) / (inHeading + k1) }
        }
        return total
    }
}
