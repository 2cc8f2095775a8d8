import BiganText

/// Finds the headings that carry no marker, from the paragraphs around them:
///
/// - a title line: short, no marker and no punctuation, standing between paragraphs, followed by
///   marked headings (…工作回顾, 今后的主要任务, 关于…的几个问题) or by a paragraph of body text;
/// - a label line: one short sentence alone before its (much longer) paragraph, with a sibling of
///   the same shape in its section (生态底色更加亮丽。 … 经济运行持续向好。).
///
/// Lead-ins (重点做好八方面工作。), addresses (各位代表！) and run-in labels that share a line with
/// their body are neither.
struct UnmarkedHeadingFinder: Sendable {
    /// Title lines are 4 to this many characters; 关于… titles (关于《…纲要（草案）》的说明) up to
    /// `aboutTitleLength`.
    static let titleLength = 24
    static let aboutTitleLength = 40
    /// Label lines are 4 to this many characters, their sentence mark included.
    static let labelLength = 24
    /// Headlines have this many characters at least, and at most `headlineLength`.
    static let headlineShortest = 8
    static let headlineLength = 64
    /// A salutation among this many first paragraphs opens the speech proper.
    static let frontLines = 12
    /// Sibling label lines stand at most this many paragraphs apart.
    static let labelSpacing = 3
    /// A body paragraph has at least this many characters.
    static let bodyLength = 40
    /// Words of a lead-in that announces a list rather than labels a section.
    static let leadInWords = ["以下", "如下", "下列", "几点", "方面", "这样", "主要是", "具体是", "分别是", "如下："]

    func roles(for paragraphs: [RawParagraph], backMatterStart: Int?) -> [ParagraphRole] {
        let end = backMatterStart ?? paragraphs.count
        var roles = [ParagraphRole](repeating: .text, count: paragraphs.count)
        for index in end..<paragraphs.count { roles[index] = .backMatter }
        let start = min(bodyStart(paragraphs), end)
        let candidates = (start..<end).filter { isTitleLine(paragraphs[$0]) }
        let titleSet = Set(candidates)
        let titles = candidates.filter {
            standsBetweenParagraphs($0, in: paragraphs[..<end], start: start, titles: titleSet)
        }
        for index in titles {
            if let governed = governedKind(after: index, in: paragraphs[..<end], titles: titleSet) {
                roles[index] = .title(governs: governed)
            } else if opensBody(after: index, in: paragraphs[..<end]) || PartTitles.isClosing(paragraphs[index].text) {
                roles[index] = .title(governs: nil)
            }
        }
        let labels = (start..<end).filter { roles[$0] == .text && isLabelLine(at: $0, in: paragraphs[..<end]) }
        for (position, index) in labels.enumerated() {
            let neighbours = [
                position > 0 ? labels[position - 1] : nil, position + 1 < labels.count ? labels[position + 1] : nil,
            ]
            if neighbours.contains(where: { $0.map { isSibling(index, $0, paragraphs) } ?? false }) {
                roles[index] = .label
            }
        }
        let headlines = Set((start..<end).filter { roles[$0] == .text && looksLikeHeadline(paragraphs[$0]) })
        for index in headlines where standsAlone(index, among: paragraphs[..<end], headlines: headlines) {
            roles[index] = .headline
        }
        return roles
    }

    /// Where the speech proper begins: after its salutation when it has one near the top, else at
    /// its first sentence. What stands before (a speaker's name, a date) is never a heading.
    func bodyStart(_ paragraphs: [RawParagraph]) -> Int {
        let top = paragraphs.prefix(Self.frontLines)
        if let salutation = top.firstIndex(where: { PartCues.isSalutation($0.text) }) { return salutation + 1 }
        return paragraphs.firstIndex { TextShape.endsSentence($0.text) } ?? 0
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

    /// One short sentence alone on its line, followed by a paragraph at least twice as long.
    func isLabelLine(at index: Int, in paragraphs: ArraySlice<RawParagraph>) -> Bool {
        let text = paragraphs[index].text
        guard paragraphs[index].lineStarts.count == 1, text.characterCount >= 4, text.hasAtMost(Self.labelLength),
            text.last == "。"
        else { return false }
        let body = text.dropLast()
        guard !TextShape.hasPunctuation(body), MarkerTable.marker(at: text[...]) == nil else { return false }
        if let first = text.first, "（(［[【〔—-《“".contains(first) { return false }
        if Self.leadInWords.contains(where: text.contains) || PartCues.isTransition(text) { return false }
        guard index + 1 < paragraphs.endIndex else { return false }
        let next = paragraphs[index + 1].text
        return MarkerTable.marker(at: next[...]) == nil
            && !next.hasAtMost(max(Self.bodyLength, 2 * text.characterCount))
    }

    /// A headline's shape: a line of clauses with no end mark (a newspaper summary's sub-heads).
    func looksLikeHeadline(_ paragraph: RawParagraph) -> Bool {
        let text = paragraph.text
        guard paragraph.lineStarts.count == 1, !text.hasAtMost(Self.headlineShortest - 1),
            text.hasAtMost(Self.headlineLength), let first = text.first, let last = text.last,
            !"（(［[【〔—-《“".contains(first), !TextShape.clauseMarks.contains(last),
            !TextShape.closingQuotes.contains(last), !TextShape.endsSentence(text),
            TextShape.hasPunctuation(text[...])
        else { return false }
        if MarkerTable.marker(at: text[...]) != nil || Self.leadInWords.contains(where: text.contains) { return false }
        return !PartCues.namesAudience(text)
    }

    /// Whether a headline stands between finished paragraphs (or the headline paired with it), the
    /// paragraph after it longer than it.
    func standsAlone(_ index: Int, among paragraphs: ArraySlice<RawParagraph>, headlines: Set<Int>) -> Bool {
        guard index > paragraphs.startIndex, index + 1 < paragraphs.endIndex else { return false }
        let before = index - 1
        let after = index + 1
        guard headlines.contains(before) || TextShape.endsSentence(paragraphs[before].text) else { return false }
        if headlines.contains(after) { return true }
        let next = paragraphs[after].text
        return TextShape.endsSentence(next) && !next.hasAtMost(paragraphs[index].text.characterCount)
    }

    /// Whether two label lines are siblings: one or two body paragraphs and no strong marker
    /// between them (labels alternate with their paragraphs).
    func isSibling(_ first: Int, _ second: Int, _ paragraphs: [RawParagraph]) -> Bool {
        let range = min(first, second)...max(first, second)
        guard range.count <= Self.labelSpacing + 1 else { return false }
        return !paragraphs[range].contains { paragraph in
            MarkerTable.marker(at: paragraph.text[...]).map { $0.kind.isStrong } ?? false
        }
    }
}
