/// A paragraph rebuilt from one or more source lines, before it is classified.
struct RawParagraph: Sendable, Equatable {
    /// The joined text, without indentation.
    var text: String
    /// Where each joined line starts: UTF-8 offset into `text`, and its source line number.
    var lineStarts: [(offset: Int, line: Int)]

    init(text: String, line: Int) {
        self.text = text
        self.lineStarts = [(0, line)]
    }

    init(text: String, lineStarts: [(offset: Int, line: Int)]) {
        self.text = text
        self.lineStarts = lineStarts
    }

    var line: Int { lineStarts[0].line }

    /// Appends a continuation line, with a space only between two Latin letters or digits.
    mutating func append(_ more: String, line: Int) {
        if let last = text.last, let first = more.first, last.isASCII, first.isASCII,
            last.isLetter || last.isNumber, first.isLetter || first.isNumber
        {
            text += " "
        }
        lineStarts.append((text.utf8.count, line))
        text += more
    }

    /// The source line where the character at `index` of `text` stands.
    func line(at index: String.Index) -> Int {
        let offset = text.utf8.distance(from: text.startIndex, to: index)
        return lineStarts.last { $0.offset <= offset }?.line ?? line
    }

    /// The part of this paragraph from `index` on, keeping its line numbers.
    func suffix(from index: String.Index) -> RawParagraph {
        let offset = text.utf8.distance(from: text.startIndex, to: index)
        let rest = String(text[index...])
        let leading = rest.prefix { $0.isWhitespace }
        let trimmed = String(rest.dropFirst(leading.count))
        let shift = offset + leading.utf8.count
        var starts = lineStarts.filter { $0.offset > shift }.map { (offset: $0.offset - shift, line: $0.line) }
        starts.insert((0, line(at: text.utf8.index(text.startIndex, offsetBy: shift))), at: 0)
        return RawParagraph(text: trimmed, lineStarts: starts)
    }

    static func == (lhs: RawParagraph, rhs: RawParagraph) -> Bool {
        lhs.text == rhs.text && lhs.lineStarts.map(\.line) == rhs.lineStarts.map(\.line)
            && lhs.lineStarts.map(\.offset) == rhs.lineStarts.map(\.offset)
    }
}
