/// Finds the headings that carry no marker, from the paragraphs around them: title lines, label
/// lines and headlines (`TitleLineFinder`, `LabelLineFinder`, `HeadlineFinder`), looked for in the
/// speech proper, after its front matter and before its back matter.
struct UnmarkedHeadingFinder: Sendable {
    /// A salutation among this many first paragraphs opens the speech proper.
    static let frontLines = 12
    /// Words of a lead-in that announces a list rather than labels a section.
    static let leadInWords = ["以下", "如下", "下列", "几点", "方面", "这样", "主要是", "具体是", "分别是"]

    func roles(for paragraphs: [RawParagraph], backMatterStart: Int?) -> [ParagraphRole] {
        let end = backMatterStart ?? paragraphs.count
        var roles = [ParagraphRole](repeating: .text, count: paragraphs.count)
        for index in end..<paragraphs.count { roles[index] = .backMatter }
        let start = min(bodyStart(paragraphs), end)
        let body = paragraphs[..<end]
        for (index, role) in TitleLineFinder().roles(in: body, from: start) { roles[index] = role }
        for index in LabelLineFinder().labels(in: body, among: (start..<end).filter { roles[$0] == .text }) {
            roles[index] = .label
        }
        for index in HeadlineFinder().headlines(in: body, among: (start..<end).filter { roles[$0] == .text }) {
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
}
