import BiganText
import Foundation

/// Two Han characters packed into one integer (their scalar values), cheaper to hash than a string;
/// a text with a single Han character has that character alone (second half zero).
typealias Bigram = UInt64

/// Han-character bigrams: how the composer compares what texts are about.
enum Bigrams {
    /// The bigrams of the Han characters of `text`, other characters skipped.
    static func of(_ text: String) -> Set<Bigram> {
        var result = Set<Bigram>()
        var previous: UInt32?
        var first: UInt32?
        var count = 0
        for scalar in text.unicodeScalars {
            guard Han.contains(scalar) else {
                previous = nil  // a run ends at punctuation: no bigram spans two clauses
                continue
            }
            if let previous { result.insert(Bigram(previous) << 32 | Bigram(scalar.value)) }
            previous = scalar.value
            first = first ?? scalar.value
            count += 1
        }
        if count == 1, let first { result.insert(Bigram(first) << 32) }
        return result
    }

    /// The share of `needle`'s bigrams found in `haystack` (0 when the needle has none).
    static func coverage(of needle: String, in haystack: Set<Bigram>) -> Double {
        let wanted = of(needle).subtracting(common)
        guard !wanted.isEmpty else { return 0 }
        return Double(wanted.intersection(haystack).count) / Double(wanted.count)
    }

    /// The weighted share of `wanted` found in `haystack`, each bigram weighing `weight(b)`.
    static func weightedCoverage(of wanted: Set<Bigram>, in haystack: Set<Bigram>, weight: (Bigram) -> Double)
        -> Double
    {
        var total = 0.0
        var found = 0.0
        for bigram in wanted {
            let value = weight(bigram)
            total += value
            if haystack.contains(bigram) { found += value }
        }
        return total == 0 ? 0 : found / total
    }

    /// Jaccard similarity of two texts' bigrams.
    static func similarity(_ lhs: Set<Bigram>, _ rhs: Set<Bigram>) -> Double {
        let union = lhs.union(rhs).count
        return union == 0 ? 0 : Double(lhs.intersection(rhs).count) / Double(union)
    }

    /// Bigrams so common in speeches that they say nothing about fit.
    static let common: Set<Bigram> = Set(
        [
            "工作", "一步", "切实", "加强", "全面", "不断", "推进", "提高", "坚持", "我们", "同志", "进一", "要求", "发展",
            "建设", "各级", "部门", "重要", "全市", "推动", "认识", "意义", "充分", "确保", "着力", "突出",
        ].flatMap(of))
}

/// How rare each bigram is among a set of texts (inverse document frequency): a word every
/// candidate uses says little about which one fits.
struct BigramRarity: Sendable {
    private var weights: [Bigram: Double] = [:]
    private let unseen: Double

    init(documents: [Set<Bigram>]) {
        var counts: [Bigram: Int] = [:]
        for document in documents {
            for bigram in document { counts[bigram, default: 0] += 1 }
        }
        let total = Double(max(1, documents.count))
        weights = counts.mapValues { log((total + 1) / (Double($0) + 0.5)) }
        unseen = log((total + 1) / 0.5)
    }

    func weight(_ bigram: Bigram) -> Double {
        Bigrams.common.contains(bigram) ? 0 : max(0.1, weights[bigram] ?? unseen)
    }
}
