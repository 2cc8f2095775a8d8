/// The speech's folded texts indexed by every run of `length` scalars, so that a library text is
/// aligned with all of them in one pass: each shared run is extended both ways to the longest
/// match on its diagonal.
struct GramIndex: Sendable {
    let texts: [FoldedText]
    let length: Int
    /// Where each run's hash starts: (paragraph, position).
    private let starts: [UInt64: [Position]]

    struct Position: Sendable, Hashable {
        var paragraph: Int
        var offset: Int
    }

    static let base: UInt64 = 0x100_0000_01B3

    init(_ texts: [FoldedText], length: Int) {
        self.texts = texts
        self.length = length
        var starts: [UInt64: [Position]] = [:]
        for (paragraph, text) in texts.enumerated() {
            Self.forEachGram(text.scalars, length: length) { offset, hash in
                starts[hash, default: []].append(Position(paragraph: paragraph, offset: offset))
            }
        }
        self.starts = starts
    }

    /// Every maximal match between `other` and a paragraph, as (paragraph, range of its positions).
    func alignments(with other: FoldedText) -> [(Int, Range<Int>)] {
        var found: [(Int, Range<Int>)] = []
        /// The end of the match already found on each diagonal (paragraph, offset − position in `other`).
        var reached: [Position: Int] = [:]
        Self.forEachGram(other.scalars, length: length) { position, hash in
            guard let hits = starts[hash] else { return }
            for hit in hits {
                let diagonal = Position(paragraph: hit.paragraph, offset: hit.offset - position)
                if let end = reached[diagonal], hit.offset < end { continue }
                let text = texts[hit.paragraph].scalars
                guard (0..<length).allSatisfy({ text[hit.offset + $0] == other.scalars[position + $0] }) else {
                    continue
                }
                var start = hit.offset
                var otherStart = position
                while start > 0, otherStart > 0, text[start - 1] == other.scalars[otherStart - 1] {
                    start -= 1
                    otherStart -= 1
                }
                var end = hit.offset + length
                var otherEnd = position + length
                while end < text.count, otherEnd < other.scalars.count, text[end] == other.scalars[otherEnd] {
                    end += 1
                    otherEnd += 1
                }
                reached[diagonal] = end
                found.append((hit.paragraph, start..<end))
            }
        }
        return found
    }

    /// Calls `body` with the start and the hash of every run of `length` scalars (a rolling hash).
    static func forEachGram(_ scalars: [UInt32], length: Int, _ body: (Int, UInt64) -> Void) {
        guard scalars.count >= length else { return }
        var power: UInt64 = 1
        for _ in 1..<length { power = power &* base }
        var hash: UInt64 = 0
        for index in 0..<length { hash = hash &* base &+ UInt64(scalars[index]) }
        body(0, hash)
        for start in Swift.stride(from: 1, through: scalars.count - length, by: 1) {
            hash = (hash &- UInt64(scalars[start - 1]) &* power) &* base &+ UInt64(scalars[start + length - 1])
            body(start, hash)
        }
    }
}
