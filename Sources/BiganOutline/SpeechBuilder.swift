/// Turns one speech's paragraphs into blocks: front matter, salutation, headings by level, and the
/// opening, transition, body and closing parts.
struct SpeechBuilder: Sendable {
    func build(_ piece: SpeechSplitter.Piece) -> Speech {
        var title = piece.title
        var paragraphs = piece.paragraphs[...]
        // Front matter: title, date and speaker lines before the salutation or the first sentence.
        while let first = paragraphs.first, paragraphs.count > 1 {
            if !first.text.contains(where: \.isLetter) {
                paragraphs = paragraphs.dropFirst()
                continue
            }
            guard isFrontMatter(first.text) else { break }
            if title == nil { title = first.text }
            paragraphs = paragraphs.dropFirst()
        }
        let body = Array(paragraphs)
        let roles = UnmarkedHeadingFinder().roles(for: body, backMatterStart: BackMatter().start(of: body))
        var blocks: [Block] = []
        var reader = HeadingReader()
        for (index, paragraph) in body.enumerated() {
            // An address that ends with ！ inside the text (各位代表！ on its own line) is a paragraph;
            // only the speech's first block or an address ending with a colon is its salutation.
            if PartCues.isSalutation(paragraph.text), blocks.isEmpty || PartCues.endsWithColon(paragraph.text) {
                blocks.append(Block(type: .salutation, text: paragraph.text, part: .body, line: paragraph.line))
                continue
            }
            let next = index + 1 < body.count ? body[index + 1] : nil
            blocks += reader.read(paragraph, role: roles[index], next: next)
        }
        PartAssigner().assign(&blocks)
        return Speech(title: title, blocks: blocks)
    }

    /// A short line with no sentence punctuation before any body text: a title, a subtitle such
    /// as ——2024年3月5日在…上, or the speaker's name.
    func isFrontMatter(_ text: String) -> Bool {
        guard text.hasAtMost(60), text.contains(where: \.isLetter), !PartCues.isSalutation(text),
            !TextShape.endsSentence(text)
        else { return false }
        if let marker = MarkerTable.marker(at: text[...]), marker.kind.isStrong { return false }
        return !text.contains { "，,；;".contains($0) } || isDateLine(text)
    }

    /// A bracketed date under a title, with the place: （2020年11月21日，北京）.
    func isDateLine(_ text: String) -> Bool {
        guard let first = text.first, let last = text.last, "（(".contains(first), "）)".contains(last) else {
            return false
        }
        return text.contains("年") && text.contains("月") && text.hasAtMost(30)
    }
}
