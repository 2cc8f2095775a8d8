/// Finds any of a list of phrases in a text in one pass (the word lists of the rules are long and
/// `String.contains` per word is slow on Chinese text).
package struct PhraseMatcher: Sendable {
    /// The phrases by the first Unicode scalar of their first character (a cheaper key than a `Character`).
    let phrases: [UInt32: [[Character]]]
    /// The first two scalars of every phrase, and the first scalar of every one-character phrase:
    /// most places in a text start no phrase, and one lookup of the pair there rules them out.
    let starts: Set<UInt64>
    /// The first scalar of every phrase.
    let firsts: ScalarBits

    package init(_ words: [String]) {
        var table: [UInt32: [[Character]]] = [:]
        var starts: Set<UInt64> = []
        for word in Set(words) where !word.isEmpty {
            let characters = Array(word)
            table[Self.key(characters[0]), default: []].append(characters)
            starts.insert(Self.start(characters, at: 0))
        }
        phrases = table.mapValues { $0.sorted { $0.count > $1.count } }
        self.starts = starts
        firsts = ScalarBits(table.keys)
    }

    /// The first two scalars at `index` (the second zero at the end of the text or of a one-character phrase).
    @inline(__always)
    package static func start(_ characters: [Character], at index: Int, length: Int = 2) -> UInt64 {
        let first = UInt64(key(characters[index])) << 32
        return index + 1 < characters.count && length > 1 ? first | UInt64(key(characters[index + 1])) : first
    }

    /// Whether some phrase may start at `index`: its first two characters, or its only one, are there.
    @inline(__always)
    func mayStart(_ characters: [Character], at index: Int) -> Bool {
        guard firsts.contains(Self.key(characters[index])) else { return false }
        return starts.contains(Self.start(characters, at: index)) || starts.contains(Self.start(characters, at: index, length: 1))
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
            if mayStart(characters, at: index), let candidates = phrases[Self.key(characters[index])],
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
        guard mayStart(characters, at: index), let candidates = phrases[Self.key(characters[index])] else { return nil }
        return candidates.first { Self.matches($0, characters, at: index) }.map { String($0) }
    }

    /// How many different phrases occur in `characters`.
    package func distinctCount(in characters: [Character]) -> Int {
        Set(ranges(in: characters).map { String(characters[$0]) }).count
    }

    package func contains(in characters: [Character]) -> Bool {
        characters.indices.contains { index in
            mayStart(characters, at: index)
                && phrases[Self.key(characters[index])]!.contains { Self.matches($0, characters, at: index) }
        }
    }

    @inline(__always)
    package static func key(_ character: Character) -> UInt32 {
        character.unicodeScalars.first!.value
    }

    package static func matches(_ phrase: [Character], _ characters: [Character], at index: Int) -> Bool {
        guard index + phrase.count <= characters.count else { return false }
        // Comparing first scalars rules out nearly every mismatch without comparing characters
        // (which normalises non-ASCII text).
        for offset in phrase.indices {
            let character = characters[index + offset]
            guard key(character) == key(phrase[offset]), character == phrase[offset] else { return false }
        }
        return true
    }
}
