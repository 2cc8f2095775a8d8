import BiganIntake

/// Breaks lines that hold a whole document (text saved with no line breaks) into paragraph lines:
/// at separator runs (U+3000U+3000) when the text has them, the front matter glued to its start off
/// as lines of their own, and long unbroken stretches at the list markers that open paragraphs and
/// at sentence ends.
struct LongLineSplitter: Sendable {
    /// Lines longer than this many characters may hold a whole document.
    var limit = 400
    /// Lines longer than this with separator runs inside are a document saved as one line.
    var separatedLimit = 120
    /// Pieces still longer than this (no real paragraph is) are split before markers and at sentences.
    var unbrokenLimit = 2000
    /// Separators stand this many characters apart on average, at most, where they divide paragraphs.
    static let separatedParagraph = 500

    func split(_ lines: [SourceLine], diagnostics: inout [Diagnostic]) -> [SourceLine] {
        var out: [SourceLine] = []
        out.reserveCapacity(lines.count)
        let onlyLine = lines.lazy.filter { !$0.text.isEmpty }.prefix(2).count == 1
        for line in lines {
            let pieces = mayHoldDocument(line.text) ? paragraphs(of: line.text, onlyLine: onlyLine) : nil
            guard let pieces, pieces.count > 1 else {
                out.append(line)
                continue
            }
            diagnostics.append(
                Diagnostic(
                    line: line.number,
                    message:
                        "这一行有 \(line.text.count) 个字，没有分段；已按缩进、序号和句子划分段落"
                ))
            for (offset, piece) in pieces.enumerated() {
                let text = offset == 0 ? String(piece) : "\u{3000}\u{3000}" + piece.drop { $0.isWhitespace }
                out.append(SourceLine(number: line.number, text: text))
            }
        }
        return out
    }

    func mayHoldDocument(_ text: String) -> Bool {
        text.utf8.count > separatedLimit * 3 || !text.hasAtMost(separatedLimit)
    }

    /// The paragraphs of a line that holds a whole document, or nil when it is one paragraph: a line
    /// is a document when separator runs divide it, when it is the file's only line, or when it is
    /// longer than any paragraph.
    func paragraphs(of text: String, onlyLine: Bool) -> [Substring]? {
        let separated = SeparatorRuns.split(text[...])
        let long = !text.hasAtMost(limit)
        let isDocument =
            separated.count > 2 || (separated.count == 2 && long) || onlyLine
            || !text.hasAtMost(unbrokenLimit)
        guard isDocument else { return nil }
        // Where separators are frequent, a piece between them is a paragraph of the published text,
        // split only before the items of a list; elsewhere (no separators, or only the few a caption
        // left) stretches are cut at sentences too.
        let paragraphed = separated.count > 1 && text.utf8.count / separated.count <= Self.separatedParagraph * 3
        var stretches: [SentenceListSplitter.Stretch] = []
        for (offset, piece) in separated.enumerated() {
            for part in offset == 0 ? FrontMatterSplitter().split(piece) : [piece] {
                let unbroken = !paragraphed || !part.hasAtMost(unbrokenLimit)
                stretches.append(SentenceListSplitter.Stretch(text: part, chunked: unbroken))
            }
        }
        let pieces = SentenceListSplitter().split(stretches)
        return pieces
    }
}
