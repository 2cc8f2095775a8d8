/// Runs of white space that separate paragraphs in a text saved as one line: two or more of
/// U+3000, tab and space (a single space or U+3000 stays, as in 勠力战疫 共创未来).
enum SeparatorRuns {
    static func split(_ text: Substring) -> [Substring] {
        guard hasInnerRun(text) else { return [text] }
        return splitAtRuns(text)
    }

    /// Whether two blanks in a row stand anywhere after the text's start, found on its UTF-8 bytes
    /// (most lines have none, and are done with without walking their characters).
    static func hasInnerRun(_ text: Substring) -> Bool {
        var previousBlank = false
        var seenText = false
        var utf8 = text.utf8.makeIterator()
        while let byte = utf8.next() {
            var blank = false
            switch byte {
            case 0x20, 0x09: blank = true
            case 0xC2:
                if let next = utf8.next() { blank = next == 0xA0 }
            case 0xE3:  // U+3000 is E3 80 80
                let second = utf8.next()
                let third = utf8.next()
                blank = second == 0x80 && third == 0x80
            default: blank = false
            }
            if blank, previousBlank, seenText { return true }
            if !blank { seenText = true }
            previousBlank = blank
        }
        return false
    }

    static func splitAtRuns(_ text: Substring) -> [Substring] {
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
