/// Splits paragraphs longer than any real one (a file of one repeated character, a table pasted
/// as one run) into pieces of at most `maximumLength` characters, at a sentence end where it can,
/// else at a comma, else anywhere; each split is reported. A library snippet, a search result and
/// a draft paragraph are then never megabytes long.
public struct ParagraphCap: Sendable {
    /// The longest paragraph kept whole, in characters.
    public static let maximumLength = 3000

    public var maximumLength = ParagraphCap.maximumLength
    static let sentenceEnds: Set<Character> = ["。", "！", "？", "；", "!", "?", ";", "…"]
    static let pauses: Set<Character> = ["，", "、", "：", ",", ":"]

    public init() {}

    /// `speech` with every over-long paragraph split in place.
    func cap(_ speech: inout Speech, diagnostics: inout [Diagnostic]) {
        guard speech.blocks.contains(where: { !$0.text.hasAtMost(maximumLength) }) else { return }
        var blocks: [Block] = []
        blocks.reserveCapacity(speech.blocks.count)
        for block in speech.blocks {
            guard !block.text.hasAtMost(maximumLength) else {
                blocks.append(block)
                continue
            }
            let pieces = split(block.text)
            diagnostics.append(
                Diagnostic(
                    line: block.line,
                    message: "这一段超过 \(maximumLength) 个字（不像真正的段落），已拆成 \(pieces.count) 段"))
            for (offset, piece) in pieces.enumerated() {
                var part = block
                part.text = String(piece)
                if offset > 0 { (part.type, part.level, part.marker) = (.paragraph, nil, nil) }
                blocks.append(part)
            }
        }
        speech.blocks = blocks
    }

    /// Pieces of at most `maximumLength` characters, each ending at the best break in its second half.
    func split(_ text: String) -> [Substring] {
        var pieces: [Substring] = []
        var start = text.startIndex
        while start < text.endIndex {
            guard let limit = text.index(start, offsetBy: maximumLength, limitedBy: text.endIndex),
                limit < text.endIndex
            else {
                pieces.append(text[start...])
                break
            }
            let half = text.index(start, offsetBy: maximumLength / 2)
            let window = text[half..<limit]
            let end =
                window.lastIndex(where: Self.sentenceEnds.contains).map { text.index(after: $0) }
                ?? window.lastIndex(where: Self.pauses.contains).map { text.index(after: $0) } ?? limit
            pieces.append(text[start..<end])
            start = end
        }
        return pieces
    }
}
