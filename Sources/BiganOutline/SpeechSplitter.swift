import BiganText

/// Splits a compilation into its speeches: at piece titles (…讲话材料篇1, 篇一：, …讲话（二）：) and
/// at a title followed by a salutation once a speech has begun.
struct SpeechSplitter: Sendable {
    struct Piece: Sendable {
        var title: String?
        var paragraphs: [RawParagraph]
    }

    static let pieceNumberSuffixes = ["篇", "之", "范文", "材料", "讲话", "发言", "致辞", "稿"]
    static let speechWords = ["讲话", "发言", "致辞", "主持词", "报告", "讲稿", "开幕词", "闭幕词", "演讲", "党课", "范文", "材料"]

    func split(_ paragraphs: [RawParagraph]) -> [Piece] {
        var pieces: [Piece] = [Piece(title: nil, paragraphs: [])]
        var sawSalutation = false
        for (index, paragraph) in paragraphs.enumerated() {
            let text = paragraph.text
            let salutationFollows = paragraphs[(index + 1)...].prefix(2).contains {
                PartCues.isSalutation($0.text) && ($0.text.last == "：" || $0.text.last == ":")
            }
            if isTitleLine(text),
                isPieceNumbered(text) || (salutationFollows && (sawSalutation || speaksOfSpeech(text)))
            {
                pieces.append(Piece(title: text, paragraphs: []))
                continue
            }
            if PartCues.isSalutation(text), text.last == "：" || text.last == ":" {
                let current = pieces[pieces.count - 1]
                if sawSalutation, current.paragraphs.count >= 4 {
                    pieces.append(Piece(title: nil, paragraphs: []))
                }
                sawSalutation = true
            }
            pieces[pieces.count - 1].paragraphs.append(paragraph)
        }
        return mergingLeadingScraps(pieces.filter { !$0.paragraphs.isEmpty || $0.title != nil })
    }

    /// A first piece of a few short lines, with no title and no salutation, is what a page left
    /// before the speech (a repeated page title, a date, a widget the cleaner did not know): it
    /// goes in front of the first speech, whose front matter it joins, instead of passing for one.
    func mergingLeadingScraps(_ pieces: [Piece]) -> [Piece] {
        guard pieces.count >= 2, pieces[0].title == nil, pieces[0].paragraphs.count <= Self.scrapLines,
            pieces[0].paragraphs.allSatisfy({ $0.text.hasAtMost(Self.scrapLength) && !PartCues.isSalutation($0.text) })
        else { return pieces }
        var merged = Array(pieces.dropFirst())
        merged[0].paragraphs.insert(contentsOf: pieces[0].paragraphs, at: 0)
        return merged
    }

    static let scrapLines = 4
    static let scrapLength = 80

    /// A short line with no sentence punctuation.
    func isTitleLine(_ text: String) -> Bool {
        text.hasAtMost(50) && text.filter(\.isLetter).count >= 4 && !TextShape.endsSentence(text)
            && !text.contains(where: { "，,。；;".contains($0) })
            && MarkerTable.marker(at: text[...]).map({ !$0.kind.isStrong }) ?? true
    }

    /// Titles that number their piece: …篇1, …篇二, 篇一：…, 第三篇：…, 范文二：…, …讲话（二）, 范文3.
    func isPieceNumbered(_ text: String) -> Bool {
        var body = text[...]
        if let last = body.last, last == "：" || last == ":" { body = body.dropLast() }
        if opensWithPieceNumber(body) { return true }
        var end = body
        if end.last == "）" || end.last == ")" {
            end = end.dropLast()
            let number = end.reversed().prefix { ChineseNumeral.isNumeral($0) || $0.isNumber }
            guard !number.isEmpty else { return false }
            end = end.dropLast(number.count)
            guard end.last == "（" || end.last == "(" else { return false }
            return speaksOfSpeech(String(end.dropLast()))
        }
        let number = end.reversed().prefix { ChineseNumeral.isNumeral($0) || ($0.isASCII && $0.isNumber) }
        guard !number.isEmpty, number.count <= 3 else { return false }
        let before = end.dropLast(number.count)
        return Self.pieceNumberSuffixes.contains { before.hasSuffix($0) }
    }

    /// 篇一 / 第三篇 / 范文二 / 材料1 at the start of a title.
    func opensWithPieceNumber(_ text: Substring) -> Bool {
        for prefix in ["篇", "第", "范文", "材料", "讲话"] where text.hasPrefix(prefix) {
            let rest = text.dropFirst(prefix.count)
            let number = rest.prefix { ChineseNumeral.isNumeral($0) || ($0.isASCII && $0.isNumber) }
            guard !number.isEmpty else { continue }
            let after = rest.dropFirst(number.count)
            if prefix == "第" { return after.hasPrefix("篇") }
            return after.isEmpty || "：:、.．　 ".contains(after.first!)
        }
        return false
    }

    func speaksOfSpeech(_ text: String) -> Bool {
        Self.speechWords.contains { text.contains($0) }
    }
}
