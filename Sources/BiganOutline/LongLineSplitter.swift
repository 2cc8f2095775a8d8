import BiganIntake

/// Breaks lines that hold a whole document (text saved with no line breaks) into paragraph lines,
/// at inner indentation runs, then before outline markers, then at sentence ends.
struct LongLineSplitter: Sendable {
    /// Lines longer than this many characters are split at inner indentation runs.
    var limit = 400
    /// Pieces still longer than this (no real paragraph is) are split before markers and at sentences.
    var unbrokenLimit = 2000
    /// Pieces with no other break are cut at the first sentence end past this length.
    var pieceLength = 240

    func split(_ lines: [SourceLine], diagnostics: inout [Diagnostic]) -> [SourceLine] {
        var out: [SourceLine] = []
        out.reserveCapacity(lines.count)
        for line in lines {
            guard line.text.utf8.count > limit * 3 || !line.text.hasAtMost(limit) else {
                out.append(line)
                continue
            }
            let indented = splitAtIndentation(line.text[...])
            // A line with inner indentation or of this length holds a whole document, not a paragraph.
            let wholeDocument = indented.count > 1 || !line.text.hasAtMost(unbrokenLimit)
            let pieces = wholeDocument ? indented.flatMap(splitAtMarkersAndSentences) : indented
            if pieces.count > 1 {
                diagnostics.append(
                    Diagnostic(
                        line: line.number,
                        message:
                            "line has \(line.text.count) characters and no paragraph breaks; paragraphs were recovered from indentation, markers and sentences"
                    ))
            }
            for (offset, piece) in pieces.enumerated() {
                let text = offset == 0 ? String(piece) : "\u{3000}\u{3000}" + piece.drop { $0.isWhitespace }
                out.append(SourceLine(number: line.number, text: text))
            }
        }
        return out
    }

    /// Splits at a run of white space that holds an ideographic space, a tab or two spaces.
    func splitAtIndentation(_ text: Substring) -> [Substring] {
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
            var strong = false
            while index < text.endIndex, TextShape.indentCharacters.contains(text[index]) {
                if text[index] != " " { strong = true }
                run += 1
                index = text.index(after: index)
            }
            if (strong || run >= 2), runStart > start, index < text.endIndex {
                pieces.append(text[start..<runStart])
                start = runStart
            }
        }
        pieces.append(text[start...])
        return pieces
    }

    /// Splits a piece of a whole-document line before sentences that open with a strong marker, and
    /// cuts what is still long at sentence ends.
    func splitAtMarkersAndSentences(_ text: Substring) -> [Substring] {
        let chunk = !text.hasAtMost(unbrokenLimit)
        var pieces: [Substring] = []
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            index = text.index(after: index)
            guard TextShape.sentenceEnds.contains(character) || character == "：" || character == ":" else { continue }
            while index < text.endIndex, TextShape.closingQuotes.contains(text[index]) {
                index = text.index(after: index)
            }
            let rest = text[index...].drop { $0.isWhitespace }
            let opensMarker = MarkerTable.marker(at: rest).map { $0.kind.isStrong } ?? false
            let length = text.distance(from: start, to: index)
            let isSentenceEnd = TextShape.sentenceEnds.contains(character)
            if opensMarker || (chunk && isSentenceEnd && length >= pieceLength), index < text.endIndex {
                pieces.append(text[start..<index])
                start = index
            }
        }
        if start < text.endIndex { pieces.append(text[start...]) }
        return pieces
    }
}
