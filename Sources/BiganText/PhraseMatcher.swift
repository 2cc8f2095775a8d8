/// Finds any of a list of phrases in a text in one pass (the word lists of the rules are long and
/// `String.contains` per word is slow on Chinese text).
package struct PhraseMatcher: Sendable {
    /// The phrases by the first Unicode scalar of their first character (a cheaper key than a `Character`).
    let phrases: [UInt32: [[Character]]]

    package init(_ words: [String]) {
        var table: [UInt32: [[Character]]] = [:]
        for word in Set(words) where !word.isEmpty {
            table[Self.key(word.first!), default: []].append(Array(word))
        }
        phrases = table.mapValues { $0.sorted { $0.count > $1.count } }
    }

    /// Each match as a range of character offsets, left to right, longest first, not overlapping.
    package func ranges(in characters: [Character]) -> [Range<Int>] {
        matches(in: characters).map(\.range)
    }

    /// Each match with the phrase it matched, left to right, longest first, not overlapping.
    package func matches(in characters: [Character]) -> [(range: Range<Int>, phrase: String)] {
        var found: [(range: Range<Int>, phrase: String)] = []
        var index = 0
        while index < characters.count {
            if let candidates = phrases[Self.key(characters[index])],
                let phrase = candidates.first(where: { Self.matches($0, characters, at: index) })
            {
                found.append((index..<index + phrase.count, String(phrase)))
                index += phrase.count
            } else {
                index += 1
            }
        }
        return found
    }

    /// The longest phrase that starts at `index`, if any.
    package func longestMatch(in characters: [Character], at index: Int) -> String? {
        guard let candidates = phrases[Self.key(characters[index])] else { return nil }
        return candidates.first { Self.matches($0, characters, at: index) }.map { String($0) }
    }

    /// How many different phrases occur in `characters`.
    package func distinctCount(in characters: [Character]) -> Int {
        Set(ranges(in: characters).map { String(characters[$0]) }).count
    }

    package func contains(in characters: [Character]) -> Bool {
        !ranges(in: characters).isEmpty
    }

    @inline(__always)
    package static func key(_ character: Character) -> UInt32 {
        character.unicodeScalars.first!.value
    }

    package static func matches(_ phrase: [Character], _ characters: [Character], at index: Int) -> Bool {
        guard index + phrase.count <= characters.count else { return false }
        for offset in phrase.indices where characters[index + offset] != phrase[offset] { return false }
        return true
    }
}
