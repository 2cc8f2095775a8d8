import Testing

@testable import BiganText

/// The names suggested for a mistyped one.
@Suite struct NameSuggestionTests {
    static let names = NameSuggestion(candidates: [
        ("督查落实", ["督促检查"]), ("责任落实", []), ("作风建设", []), ("总结表彰会", ["表彰大会"]), ("市长", ["代市长"]),
    ])

    @Test(arguments: [
        ("督察落实", ["督查落实"]),  // one character wrong
        ("总结表彰", ["总结表彰会"]),  // a character missing
        ("表彰", ["总结表彰会"]),  // contained in an alias
        ("是长", ["市长"]),
        ("督促检察", ["督查落实"]),  // close to an alias: the name is suggested
        ("天气预报", []),
        ("", []),
    ])
    func suggestions(_ typed: String, _ expected: [String]) {
        #expect(Self.names.suggestions(for: typed) == expected)
    }

    @Test func theHintListsTheNamesOrFallsBack() {
        #expect(Self.names.hint(for: "作风建立", otherwise: "无") == "是不是要用：作风建设？")
        #expect(Self.names.hint(for: "天气预报", otherwise: "可用的有：…") == "可用的有：…")
    }

    @Test func editDistanceCountsCharacters() {
        #expect(NameSuggestion.editDistance(Array("督查落实"), Array("督察落实")) == 1)
        #expect(NameSuggestion.editDistance(Array("paragraph"), Array("paragrph")) == 1)
        #expect(NameSuggestion.editDistance(Array(""), Array("市长")) == 2)
    }
}
