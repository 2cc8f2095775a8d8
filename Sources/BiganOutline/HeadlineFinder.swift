import BiganText

/// A newspaper summary's headlines (调整国民经济的任务已经基本完成，国民经济已经全面好转): a line of
/// clauses with no end mark, standing alone (or paired with another) between finished paragraphs.
struct HeadlineFinder: Sendable {
    /// Headlines have this many characters at least, and at most `headlineLength`.
    static let headlineShortest = 8
    static let headlineLength = 64

    /// The headlines among `candidates` (paragraphs with no role yet).
    func headlines(in paragraphs: ArraySlice<RawParagraph>, among candidates: [Int]) -> [Int] {
        let shaped = Set(candidates.filter { looksLikeHeadline(paragraphs[$0]) })
        return shaped.sorted().filter { standsAlone($0, among: paragraphs, headlines: shaped) }
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
        if MarkerTable.marker(at: text[...]) != nil || UnmarkedHeadingFinder.leadInWords.contains(where: text.contains)
        {
            return false
        }
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
}
