import Testing

@testable import BiganIntake
@testable import BiganOutline

/// Paragraphs longer than any real one are split, at sentence ends where there are any.
@Suite struct ParagraphCapTests {
    func parse(_ text: String) -> (texts: [String], diagnostics: [Diagnostic]) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
            SourceLine(number: $0.offset + 1, text: String($0.element))
        }
        let (speeches, diagnostics) = OutlineParser().parse(lines)
        return (speeches.flatMap(\.blocks).map(\.text), diagnostics)
    }

    @Test func oneRepeatedCharacterBecomesPiecesOfTheCap() {
        let (texts, diagnostics) = parse(String(repeating: "好", count: 10_000))
        #expect(texts.count == 4)
        #expect(texts.allSatisfy { $0.count <= ParagraphCap.maximumLength })
        #expect(texts.joined() == String(repeating: "好", count: 10_000))
        #expect(diagnostics.contains { $0.line == 1 && $0.message.contains("已拆成 4 段") })
    }

    @Test func aLongRunIsCutAtItsLastSentenceEndBeforeTheCap() {
        let sentence = String(repeating: "甲", count: 999) + "。"
        let pieces = ParagraphCap().split(String(repeating: sentence, count: 5) + "乙")
        #expect(pieces.map(\.count) == [3000, 2001])
        #expect(pieces.first?.hasSuffix("。") == true)
    }

    @Test func aCommaIsTheNextBestBreak() {
        let clause = String(repeating: "甲", count: 1999) + "，"
        let pieces = ParagraphCap().split(clause + String(repeating: "乙", count: 2000))
        #expect(pieces.map(\.count) == [2000, 2000])
    }

    @Test func ordinaryParagraphsAreUntouched() {
        let text = "同志们：\n\n" + String(repeating: "我们要认真做好各项工作。", count: 200)
        let (texts, diagnostics) = parse(text)
        #expect(texts.allSatisfy { $0.count <= ParagraphCap.maximumLength })
        #expect(!diagnostics.contains { $0.message.contains("已拆成") })
    }
}
