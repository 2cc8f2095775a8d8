import Testing

@testable import BiganOutline
@testable import BiganText

@Suite struct TextShapeTests {
    @Test(arguments: [
        ("", 0, true), ("同志们：", 4, true), ("同志们：", 3, false), ("abc", 3, true), ("abcd", 3, false),
        ("e\u{301}e\u{301}", 2, true), ("e\u{301}e\u{301}e\u{301}", 2, false),
        (String(repeating: "长", count: 500), 40, false), (String(repeating: "长", count: 40), 40, true),
    ])
    func hasAtMostCountsCharactersNotBytes(text: String, limit: Int, expected: Bool) {
        #expect(text.hasAtMost(limit) == expected)
        #expect(text.hasAtMost(limit) == (text.count <= limit))
    }
}

extension TextShapeTests {
    /// Texts whose scalars combine into fewer characters, next to texts that only look like them.
    static let countSamples = [
        "", "同志们：", "“中枢”——改革……", "ＡＢＣ１２３，。", "第1页/共3页", "a\tb\nc",
        "e\u{301}", "同\u{302A}志", "中\u{FE0F}", "👍🏽", "👨‍👩‍👧", "🇨🇳", "a\r\nb", "한국어", "\u{200D}中",
        "进一步\u{0301}加强", String(repeating: "长", count: 300) + "e\u{301}",
    ]

    @Test(arguments: countSamples)
    func characterCountAgreesWithCount(text: String) {
        #expect(text.characterCount == text.count)
        #expect(text[...].characterCount == text.count)
    }

    @Test(arguments: countSamples)
    func hasAtMostAgreesWithCountAtEveryLimit(text: String) {
        for limit in [0, 1, 2, 3, text.count - 1, text.count, text.count + 1, 299, 300, 301] where limit >= 0 {
            #expect(text.hasAtMost(limit) == (text.count <= limit), "limit \(limit)")
        }
    }
}
