/// Runs of white space that separate paragraphs in a text saved as one line: two or more of
/// U+3000, tab and space (a single space or U+3000 stays, as in 勠力战疫 共创未来).
enum SeparatorRuns {
    static func split(_ text: Substring) -> [Substring] {
        var pieces: [Substring] = []
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            guard TextShape.indentCharacters.contains(text[index]) else {
                index = text.index(after: index)
                continue
            }
            let runStart = index
            var run = 0
            while index < text.endIndex, TextShape.indentCharacters.contains(text[index]) {
                run += 1
                index = text.index(after: index)
            }
            if run >= 2, runStart > start, index < text.endIndex {
                pieces.append(text[start..<runStart])
                start = runStart
            }
        }
        pieces.append(text[start...])
        return pieces
    }
}
