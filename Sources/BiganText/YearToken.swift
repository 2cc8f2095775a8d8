/// A year as a speech writes it: a placeholder (20xx, 20XX, ２０ｘｘ, 201x, XXXX年) or a concrete year
/// 2000–2099 followed by 年. The one definition the rewriter and the check share.
public enum YearToken: Equatable, Sendable {
    case placeholder
    case concrete(Int)

    /// Every token is four characters long.
    public static let length = 4

    /// The characters that stand for an unknown digit.
    public static let marks: Set<Character> = ["x", "X", "ｘ", "Ｘ", "×", "*", "＊", "※"]

    /// `marks` by scalar value: checked at every character, cheaper than hashing a `Character`.
    static let markScalars = Set(marks.map { $0.unicodeScalars.first!.value })

    public static func isMark(_ character: Character) -> Bool {
        markScalars.contains(character.unicodeScalars.first!.value)
    }

    /// The year at `index`: 20xx-style placeholders anywhere, concrete 20dd and XXXX only before 年.
    public static func at(_ index: Int, in characters: [Character]) -> YearToken? {
        guard index + length <= characters.count else { return nil }
        // Cheap first: every year token starts with a 2 or a placeholder mark.
        guard characters[index].asciiDigit == 2 || isMark(characters[index]) else { return nil }
        if index > 0, characters[index - 1].asciiDigit != nil { return nil }
        let next = index + length < characters.count ? characters[index + length] : nil
        if next?.asciiDigit != nil { return nil }
        let window = characters[index..<index + length].map { $0.asciiDigit.map { Character(String($0)) } ?? $0 }
        if window.allSatisfy(marks.contains) { return next == "年" ? .placeholder : nil }
        guard String(window[0...1]) == "20" else { return nil }
        let tail = window[2...3]
        let isDigit = { (character: Character) in character.isASCII && character.isNumber }
        if tail.contains(where: marks.contains) && tail.allSatisfy({ marks.contains($0) || isDigit($0) }) {
            return .placeholder
        }
        guard tail.allSatisfy(isDigit), next == "年" else { return nil }
        return .concrete(Int(String(window))!)
    }
}
