import Testing

@testable import BiganRender

@Suite struct PlaceholderSpansTests {
    @Test(arguments: [
        ("市长 {姓名}（2026年1月8日）", ["市长 ", "[{姓名}]", "（2026年1月8日）"]),
        ("{机关名称}召开这次会议", ["[{机关名称}]", "召开这次会议"]),
        ("没有占位符。", ["没有占位符。"]),
        ("空的{}不算", ["空的{}不算"]),
        ("{ {单位}", ["{ ", "[{单位}]"]),
        ("", [""]),
    ])
    func placeholdersAreCutOut(text: String, spans: [String]) {
        let rendered = PlaceholderSpans.split(text).map { $0.isPlaceholder ? "[\($0.text)]" : $0.text }
        #expect(rendered == spans)
    }
}
