import Testing

@testable import BiganOutline

@Suite struct SeparatorRunsTests {
    @Test(arguments: [
        ("甲。\u{3000}\u{3000}乙。", ["甲。", "\u{3000}\u{3000}乙。"]), ("\u{3000}\u{3000}甲乙。", ["\u{3000}\u{3000}甲乙。"]),
        ("勠力战疫 共创未来", ["勠力战疫 共创未来"]), ("勠力战疫\u{3000}共创未来", ["勠力战疫\u{3000}共创未来"]),
        ("甲  乙", ["甲", "  乙"]), ("甲\u{00A0}\u{00A0}乙", ["甲", "\u{00A0}\u{00A0}乙"]), ("甲。\t\t", ["甲。\t\t"]),
        ("、。「」\u{3000}", ["、。「」\u{3000}"]),
    ])
    func splitsAtRunsOfTwoBlanks(_ text: String, _ pieces: [String]) {
        #expect(SeparatorRuns.split(text[...]).map(String.init) == pieces)
    }
}
