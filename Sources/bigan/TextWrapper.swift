/// Wraps text to a terminal width counted in display columns, breaking between any two Han
/// characters but not before closing punctuation nor inside a Latin word when it can avoid it.
public struct TextWrapper: Sendable {
    /// Characters that must not start a line (行首禁则).
    static let noLineStart: Set<Character> = Set("，。、；：？！）》」』】〉”’…—,.;:?!)]}%")

    public var width: Int

    public init(width: Int) {
        self.width = max(width, 8)
    }

    /// Line ranges (character offsets) of `text` wrapped to `width` columns.
    public func lineRanges(_ characters: [Character]) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = 0
        var columns = 0
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "\n" {
                lines.append(start..<index)
                start = index + 1
                columns = 0
                index += 1
                continue
            }
            let next = DisplayWidth.columns(of: character)
            if columns + next > width, index > start {
                let breakAt = breakPoint(characters, start: start, end: index)
                lines.append(start..<breakAt)
                start = breakAt
                columns = DisplayWidth.columns(of: String(characters[breakAt..<index]))
            }
            columns += next
            index += 1
        }
        lines.append(start..<characters.count)
        return lines
    }

    /// Wrapped lines of `text`, each prefixed with `indent`.
    public func wrap(_ text: String, indent: String = "") -> [String] {
        let inner = TextWrapper(width: width - DisplayWidth.columns(of: indent))
        let characters = Array(text)
        return inner.lineRanges(characters).map { indent + String(characters[$0]) }
    }

    /// Where to break before `end`: earlier when the next line would start with closing
    /// punctuation or in the middle of a Latin word.
    private func breakPoint(_ characters: [Character], start: Int, end: Int) -> Int {
        var candidate = end
        for _ in 0..<8 where candidate - 1 > start {
            let next = characters[candidate], previous = characters[candidate - 1]
            let splitsWord = next.isASCII && next.isLetter && previous.isASCII && previous.isLetter
            guard Self.noLineStart.contains(next) || splitsWord else { break }
            candidate -= 1
        }
        return candidate
    }
}
