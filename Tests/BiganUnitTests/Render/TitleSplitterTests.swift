import Testing

@testable import BiganRender

@Suite struct TitleSplitterTests {
    let splitter = TitleSplitter(maxWidth: 18)

    @Test(arguments: [
        ("在全市政府办公室系统2025年度工作总结暨表彰大会上的讲话", ["在全市政府办公室系统2025年度", "工作总结暨表彰大会上的讲话"]),
        ("在全市安全生产工作会议上的讲话", ["在全市安全生产工作会议上的讲话"]),
        ("在全省政务公开工作会议暨政务服务体系建设推进会上的讲话", ["在全省政务公开工作会议", "暨政务服务体系建设推进会上的讲话"]),
        (
            "在庆祝中华人民共和国成立七十七周年暨全市优秀共产党员、优秀党务工作者和先进基层党组织表彰大会上的讲话",
            ["在庆祝中华人民共和国成立七十七周年", "暨全市优秀共产党员、优秀党务工作者", "和先进基层党组织表彰大会上的讲话"]
        ),
    ])
    func titlesBreakAtNaturalSeams(title: String, lines: [String]) {
        #expect(splitter.lines(title) == lines)
    }

    @Test(arguments: [
        "在全市政府办公室系统2025年度工作总结暨表彰大会上的讲话",
        "在庆祝中华人民共和国成立七十七周年暨全市优秀共产党员、优秀党务工作者表彰大会上的讲话",
        "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十",
    ])
    func linesAreBalancedAndKeepEveryCharacter(title: String) {
        let lines = splitter.lines(title)
        #expect(lines.joined() == title)
        let widths = lines.map { $0.reduce(0) { $0 + TitleSplitter.width($1) } }
        #expect(widths.allSatisfy { $0 <= splitter.maxWidth + 2 }, "\(lines)")
        #expect((widths.max() ?? 0) - (widths.min() ?? 0) <= splitter.maxWidth / 3, "\(lines)")
        for line in lines.dropFirst() {
            #expect(!TitleSplitter.noLineStart.contains(line.first ?? " "), "\(lines)")
        }
    }

    @Test func aTitleWithNoAllowedBreakStaysWhole() {
        let title = String(repeating: "，", count: 30)
        #expect(splitter.lines(title) == [title])
    }
}
