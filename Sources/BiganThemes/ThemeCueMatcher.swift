import BiganText

/// All cue and ignore phrases of a taxonomy in one trie, so a text is scanned once for every theme.
///
/// For each theme the scan takes the longest phrase at the leftmost position and skips what it
/// covers, so an ignore phrase (国家安全) hides the shorter cue inside it (安全) for that theme only.
struct ThemeCueMatcher: Sendable {
    struct Phrase: Sendable {
        let theme: Int
        let text: String
        let weight: Double
        let length: Int
    }

    private(set) var phrases: [Phrase] = []
    let themeCount: Int
    /// The trie: node `n`'s children are `edges[edgeStart[n]..<edgeStart[n + 1]]`, sorted by scalar
    /// (most nodes have one or two, so a short scan beats hashing), and the phrases ending there
    /// are `terminals[n]`.
    private var edges: [(scalar: UInt32, node: Int32)] = []
    private var edgeStart: [Int32] = []
    private var terminals: [[Int32]] = [[]]
    /// The root's children for the CJK block, by direct index: most positions of a text start there.
    private var rootHan = [Int32](repeating: 0, count: Int(hanEnd - hanStart))
    private static let hanStart: UInt32 = Han.basic.lowerBound
    private static let hanEnd: UInt32 = Han.basic.upperBound + 1

    init(themes: [Theme]) {
        var phrases: [Phrase] = []
        for (index, theme) in themes.enumerated() {
            for cue in theme.cues {
                phrases.append(Phrase(theme: index, text: cue.phrase, weight: cue.weight, length: 0))
            }
            for text in theme.ignore where !theme.cues.contains(where: { $0.phrase == text }) {
                phrases.append(Phrase(theme: index, text: text, weight: 0, length: 0))
            }
        }
        self.themeCount = themes.count
        var stored: [Phrase] = []
        var children: [[UInt32: Int32]] = [[:]]
        for phrase in phrases {
            let scalars = Self.folded(phrase.text)
            guard !scalars.isEmpty else { continue }
            stored.append(Phrase(theme: phrase.theme, text: phrase.text, weight: phrase.weight, length: scalars.count))
            insert(scalars, id: Int32(stored.count - 1), into: &children)
        }
        self.phrases = stored
        for node in children {
            edgeStart.append(Int32(edges.count))
            edges += node.sorted { $0.key < $1.key }.map { (scalar: $0.key, node: $0.value) }
        }
        edgeStart.append(Int32(edges.count))
    }

    private mutating func insert(_ scalars: [UInt32], id: Int32, into children: inout [[UInt32: Int32]]) {
        var node = 0
        for scalar in scalars {
            if let next = children[node][scalar] {
                node = Int(next)
            } else {
                children.append([:])
                terminals.append([])
                children[node][scalar] = Int32(children.count - 1)
                if node == 0, (Self.hanStart..<Self.hanEnd).contains(scalar) {
                    rootHan[Int(scalar - Self.hanStart)] = Int32(children.count - 1)
                }
                node = children.count - 1
            }
        }
        terminals[node].append(id)
    }

    /// The child of `node` along `scalar`, if any.
    @inline(__always)
    private func child(of node: Int, _ scalar: UInt32) -> Int? {
        var index = Int(edgeStart[node])
        var end = Int(edgeStart[node + 1])
        while end - index > 8 {
            let middle = (index + end) / 2
            if edges[middle].scalar <= scalar { index = middle } else { end = middle }
        }
        while index < end {
            let edge = edges[index]
            if edge.scalar == scalar { return Int(edge.node) }
            if edge.scalar > scalar { return nil }
            index += 1
        }
        return nil
    }

    /// How often a phrase occurs in a text, and whether it occurs in the text's opening sentence.
    struct Occurrences: Sendable, Equatable {
        var count = 0
        var inLead = false
    }

    /// 。！？!? (full-width marks are already folded to ASCII when this is asked).
    static func isSentenceEnd(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x3002, 0xFF01, 0xFF1F, 0x21, 0x3F: true
        default: false
        }
    }

    static func isSpace(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x20, 0x09, 0x0A, 0x0D, 0x3000, 0xA0, 0x200B: true
        default: false
        }
    }

    /// The occurrences of each phrase (by index into `phrases`) in the text, and the text's length in
    /// characters other than spaces. The lead is the first sentence of a text that has more than one.
    func counts(in text: String) -> (counts: [Int: Occurrences], length: Int) {
        let scalars = Self.folded(text)
        let length = scalars.count { !Self.isSpace($0) }
        let firstEnd = scalars.firstIndex { Self.isSentenceEnd($0) }
        let leadEnd = firstEnd.map { $0 + 1 < scalars.count ? $0 + 1 : 0 } ?? 0
        var counts: [Int: Occurrences] = [:]
        var coveredUntil = [Int](repeating: 0, count: themeCount)
        var takenAt = [Int](repeating: -1, count: themeCount)
        var found: [Int32] = []
        for start in scalars.indices {
            found.removeAll(keepingCapacity: true)
            var node = 0
            var position = start
            let first = scalars[start]
            if (Self.hanStart..<Self.hanEnd).contains(first) {
                let next = rootHan[Int(first - Self.hanStart)]
                guard next != 0 else { continue }
                node = Int(next)
                found.append(contentsOf: terminals[node])
                position += 1
            }
            while position < scalars.count, let next = child(of: node, scalars[position]) {
                node = next
                found.append(contentsOf: terminals[node])
                position += 1
            }
            for id in found.reversed() {
                let phrase = phrases[Int(id)]
                guard takenAt[phrase.theme] != start, coveredUntil[phrase.theme] <= start else { continue }
                takenAt[phrase.theme] = start
                coveredUntil[phrase.theme] = start + phrase.length
                if phrase.weight != 0 {
                    counts[Int(id), default: Occurrences()].count += 1
                    if start < leadEnd { counts[Int(id)]?.inLead = true }
                }
            }
        }
        return (counts, length)
    }

    /// Unicode scalars with full-width ASCII folded to half-width and Latin letters lowercased.
    static func folded(_ text: String) -> [UInt32] {
        text.unicodeScalars.map { scalar in
            var value = scalar.value
            if (0xFF01...0xFF5E).contains(value) { value -= 0xFEE0 }
            if (0x41...0x5A).contains(value) { value += 0x20 }
            return value
        }
    }
}
