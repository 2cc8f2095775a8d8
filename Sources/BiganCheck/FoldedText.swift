import BiganLibrary

/// A text as copies are compared: its letters, digits and Han characters folded as the index folds
/// them (punctuation and spaces dropped), each with the character offset it came from.
struct FoldedText: Sendable {
    var scalars: [UInt32] = []
    /// The character offset of each scalar in the text as written.
    var origins: [Int] = []
    var isHan: [Bool] = []
    /// How many Han characters precede each position (one more entry than `scalars`).
    var hanBefore: [Int] = [0]

    /// The folded form of `characters`, keeping where each scalar came from.
    init(_ characters: [Character]) {
        for (offset, character) in characters.enumerated() {
            for scalar in TextFolding.fold(String(character)) { append(scalar, origin: offset) }
        }
    }

    /// The folded form of `text`, without origins (library text).
    init(_ text: String) {
        for scalar in TextFolding.fold(text) { append(scalar, origin: 0) }
    }

    private mutating func append(_ scalar: Unicode.Scalar, origin: Int) {
        let kind = ScalarClass(scalar)
        guard kind != .separator else { return }
        scalars.append(scalar.value)
        origins.append(origin)
        isHan.append(kind == .han)
        hanBefore.append(hanBefore[hanBefore.count - 1] + (kind == .han ? 1 : 0))
    }

    var count: Int { scalars.count }

    /// Han characters in a range of positions.
    func hanCount(_ range: Range<Int>) -> Int {
        hanBefore[range.upperBound] - hanBefore[range.lowerBound]
    }

    /// The character offsets a range of positions spans in the text as written.
    func characterRange(_ range: Range<Int>) -> Range<Int> {
        origins[range.lowerBound]..<origins[range.upperBound - 1] + 1
    }
}
