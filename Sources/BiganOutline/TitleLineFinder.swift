import BiganText

/// Unmarked title lines (关于教育改革问题, 首先报告去年的工作, 结束语): short, no marker and no
/// punctuation, standing between paragraphs, followed by marked headings (which they govern) or by
/// body text.
struct TitleLineFinder: Sendable {
    /// Title lines are 4 to this many characters; 关于… titles (关于《…纲要（草案）》的说明) up to
    /// `aboutTitleLength`.
    static let titleLength = 24
    static let aboutTitleLength = 40
    /// A body paragraph has at least this many characters.
    static let bodyLength = 40

    /// The roles of the title lines among `paragraphs[start...]` (the speech proper).
    func roles(in paragraphs: ArraySlice<RawParagraph>, from start: Int) -> [Int: ParagraphRole] {
        let candidates = (start..<paragraphs.endIndex).filter { isTitleLine(paragraphs[$0]) }
        let titles = Set(candidates)
        var roles: [Int: ParagraphRole] = [:]
        for index in candidates where standsBetweenParagraphs(index, in: paragraphs, start: start, titles: titles) {
            if let governed = governedKind(after: index, in: paragraphs, titles: titles) {
                roles[index] = .title(governs: governed)
            } else if opensBody(after: index, in: paragraphs) || PartTitles.isClosing(paragraphs[index].text) {
                roles[index] = .title(governs: nil)
            }
        }
        return roles
    }

    /// A short line with no marker and no punctuation, not an address, a bracketed date or a bullet.
    func isTitleLine(_ paragraph: RawParagraph) -> Bool {
        let text = paragraph.text
        let length = text.hasPrefix("关于") ? Self.aboutTitleLength : Self.titleLength
        guard paragraph.lineStarts.count == 1, text.hasAtMost(length) else { return false }
        if PartTitles.isClosing(text) { return true }
        guard text.characterCount >= 4, let first = text.first, !"（(［[【〔—-《".contains(first) else { return false }
        guard !TextShape.hasPunctuation(text[...]), MarkerTable.marker(at: text[...]) == nil else { return false }
        guard text.contains(where: \.isHan), !text.allSatisfy({ $0.isNumber || $0.isWhitespace }) else { return false }
        return !PartCues.namesAudience(text) && !PartCues.endsSpeech(text)
    }

    /// Whether a title line stands between paragraphs, not inside a sentence a wiki link or a page
    /// break cut (…签订了《 / 朝鲜停战协定 / 》，…): what comes before it is finished (a sentence, a
    /// colon, a salutation, a heading line) and what follows does not continue it.
    func standsBetweenParagraphs(_ index: Int, in paragraphs: ArraySlice<RawParagraph>, start: Int, titles: Set<Int>)
        -> Bool
    {
        if index + 1 < paragraphs.endIndex, let next = paragraphs[index + 1].text.first,
            Self.continuations.contains(next)
        {
            return false
        }
        guard index > start, index > paragraphs.startIndex else { return true }
        let previous = paragraphs[index - 1].text
        guard let last = previous.last else { return true }
        return TextShape.endsSentence(previous) || last == "：" || last == ":" || PartCues.isSalutation(previous)
            || titles.contains(index - 1) || MarkerTable.marker(at: previous[...]) != nil
    }

    /// Characters that continue a sentence cut before them.
    static let continuations: Set<Character> = [
        "）", ")", "》", "」", "』", "】", "〕", "”", "’", "、", "，", ",", "。", "；", ";", "：", ":", "！", "!", "？",
        "?", "％", "%", "…", "·",
    ]

    /// The kind of the first strong marker after `index`, past body paragraphs, before the next title.
    func governedKind(after index: Int, in paragraphs: ArraySlice<RawParagraph>, titles: Set<Int>) -> MarkerKind? {
        for next in (index + 1)..<paragraphs.endIndex {
            if titles.contains(next) { return nil }
            if let marker = MarkerTable.marker(at: paragraphs[next].text[...]), marker.kind.isStrong,
                marker.ordinal == 1
            {
                return marker.kind
            }
        }
        return nil
    }

    /// Whether body text follows: the next paragraph other than an address is unmarked, longer than
    /// the title and long or a finished sentence.
    func opensBody(after index: Int, in paragraphs: ArraySlice<RawParagraph>) -> Bool {
        let rest = paragraphs[(index + 1)...].drop { PartCues.isSalutation($0.text) }
        guard let next = rest.first, MarkerTable.marker(at: next.text[...]) == nil else { return false }
        let title = paragraphs[index].text.characterCount
        if !next.text.hasAtMost(Self.bodyLength - 1) { return true }
        return !next.text.hasAtMost(title) && TextShape.endsSentence(next.text)
    }
}
