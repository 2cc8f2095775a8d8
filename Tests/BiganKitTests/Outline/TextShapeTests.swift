import Testing

@testable import BiganKit

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
