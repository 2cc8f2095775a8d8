import Testing

@testable import BiganText

@Suite struct UTF8SearchTests {
    @Test(arguments: [
        ("督查督查，再督查", "督查", 3), ("督督查", "督查", 1), ("aaaa", "aa", 2), ("加强督查", "落实", 0),
        ("", "督查", 0), ("督", "督查", 0), ("督查", "", 0), ("查督查查", "督查", 1), ("ab", "b", 1), ("ba", "b", 1),
        ("下载文档下载", "下载", 2), ("查查查", "查查", 1), ("上下载", "下载", 1),
    ])
    func countsOccurrencesWithoutOverlaps(text: String, needle: String, expected: Int) {
        #expect(UTF8Search.count(Array(needle.utf8), in: text) == expected)
        #expect(text.utf8Contains(needle) == (expected > 0 || needle.isEmpty))
    }

    @Test func aLimitKeepsTheSearchToTheFirstBytes() {
        let text = "第一段。督查"
        let needle = Array("督查".utf8)
        #expect(UTF8Search.contains(text, needle))
        #expect(!UTF8Search.contains(text, needle, within: text.utf8.count - 1))
        #expect(UTF8Search.contains(text, needle, within: text.utf8.count))
    }
}
