import BiganText

/// One-sentence label lines standing alone before their paragraph (生态底色更加亮丽。 … 经济运行持续
/// 向好。): short, with a sibling of the same shape one or two paragraphs away in their section.
/// Lead-ins (重点做好八方面工作。) and run-in labels that share a line with their body are not.
struct LabelLineFinder: Sendable {
    /// Label lines are 4 to this many characters, their sentence mark included.
    static let labelLength = 24
    /// Sibling label lines stand at most this many paragraphs apart.
    static let labelSpacing = 3

    /// The label lines among `candidates` (paragraphs with no role yet).
    func labels(in paragraphs: ArraySlice<RawParagraph>, among candidates: [Int]) -> [Int] {
        let labels = candidates.filter { isLabelLine(at: $0, in: paragraphs) }
        return labels.enumerated().filter { position, index in
            let neighbours = [
                position > 0 ? labels[position - 1] : nil, position + 1 < labels.count ? labels[position + 1] : nil,
            ]
            return neighbours.contains { $0.map { isSibling(index, $0, paragraphs) } ?? false }
        }.map(\.element)
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
        if UnmarkedHeadingFinder.leadInWords.contains(where: text.contains) || PartCues.isTransition(text) {
            return false
        }
        guard index + 1 < paragraphs.endIndex else { return false }
        let next = paragraphs[index + 1].text
        return MarkerTable.marker(at: next[...]) == nil
            && !next.hasAtMost(max(TitleLineFinder.bodyLength, 2 * text.characterCount))
    }

    /// Whether two label lines are siblings: one or two body paragraphs and no strong marker
    /// between them (labels alternate with their paragraphs).
    func isSibling(_ first: Int, _ second: Int, _ paragraphs: ArraySlice<RawParagraph>) -> Bool {
        let range = min(first, second)...max(first, second)
        guard range.count <= Self.labelSpacing + 1 else { return false }
        return !paragraphs[range].contains { paragraph in
            MarkerTable.marker(at: paragraph.text[...]).map { $0.kind.isStrong } ?? false
        }
    }
}
