import Testing

@testable import BiganOutline

/// Where a part title glued to its first sentence ends, and titles that are not glued at all.
@Suite struct GluedTitleTests {
    @Test(arguments: [
        ("一、加快科技创新步伐近年来，我省研发投入持续增长。", "一、加快科技创新步伐"),
        ("二、做好今年的重点工作我们要坚定信心，真抓实干。", "二、做好今年的重点工作"),
        ("三、工作方案的起草情况“十五五”时期是关键的五年，意义重大。", "三、工作方案的起草情况"),
        ("一、规划的主要内容和基本框架规划的总体考虑是，坚持目标导向。", "一、规划的主要内容和基本框架"),
        ("一、关于当前形势当前形势总体很好。", "一、关于当前形势"),
        ("四、深化改革和扩大对外开放经济的长期稳定发展，要靠改革。", "四、深化改革和扩大对外开放"),
    ])
    func aGluedTitleEndsWhereItsBodyBegins(_ text: String, _ title: String) throws {
        let marker = try #require(MarkerTable.marker(at: text[...]))
        let end = try #require(GluedTitle.end(of: text, after: marker))
        #expect(String(text[..<end]) == title)
    }

    @Test(arguments: [
        "一、要充分认识新形势下办公室工作的重要地位和作用,切实增强工作的责任感和使命感",
        "一、一年接着一年干，新福建建设持续取得新进展新成效",
        "二、坚持稳中求进，推动高质量发展。今年要抓好五件事。",
        "三、深入学习贯彻“两会”精神，推动各项工作落实。",
        "一、2025年工作及“十四五”时期发展回顾",
    ])
    func aTitleThatIsNotGluedStaysWhole(_ text: String) throws {
        let marker = try #require(MarkerTable.marker(at: text[...]))
        #expect(GluedTitle.end(of: text, after: marker) == nil)
    }
}
