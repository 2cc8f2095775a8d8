import Foundation
import Testing

@testable import BiganIntake
@testable import BiganOutline

/// Reading .txt files in every encoding users have: the text comes back the same, the encoding is named.
@Suite struct TextDecodingTests {
    static let sample = ["政务总结会上的讲话材料", "", "\u{3000}\u{3000}同志们：", "  市政府办公室是全市政府系统运转的“中枢”。𠀀"]
    static let sampleText = sample.joined(separator: "\n") + "\n"

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var bytes: [UInt8]
        var encoding: TextEncoding
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "UTF-8", bytes: Array(sampleText.utf8), encoding: .utf8),
        Case(name: "UTF-8 with BOM", bytes: [0xEF, 0xBB, 0xBF] + Array(sampleText.utf8), encoding: .utf8),
        Case(name: "GB18030", bytes: IntakeFixtures.gb18030(sampleText), encoding: .gb18030),
        Case(
            name: "GB18030 with BOM", bytes: [0x84, 0x31, 0x95, 0x33] + IntakeFixtures.gb18030(sampleText),
            encoding: .gb18030),
        Case(
            name: "UTF-16LE with BOM", bytes: [0xFF, 0xFE] + IntakeFixtures.utf16(sampleText, bigEndian: false),
            encoding: .utf16le),
        Case(
            name: "UTF-16BE with BOM", bytes: [0xFE, 0xFF] + IntakeFixtures.utf16(sampleText, bigEndian: true),
            encoding: .utf16be),
    ]

    @Test(arguments: cases)
    func decodesEachEncoding(_ testCase: Case) throws {
        let fixtures = try IntakeFixtures()
        let path = try fixtures.write(testCase.bytes, to: "sample.txt")
        let document = try SourceReader().read(path: path)
        #expect(document.encoding == testCase.encoding)
        #expect(document.lines.map(\.text) == Self.sample)
        #expect(document.lines.map(\.number) == Array(1...Self.sample.count))
        #expect(document.path == path)
    }

    @Test func gbkTextIsReadAsGB18030() throws {
        let fixtures = try IntakeFixtures()
        let text = String(repeating: "同志们，今年全市经济社会发展取得了新成绩。\r\n", count: 50)
        let path = try fixtures.write(IntakeFixtures.gb18030(text), to: "gbk.txt")
        let document = try SourceReader().read(path: path)
        #expect(document.encoding == .gb18030)
        #expect(document.lines.count == 50)
        #expect(document.lines.allSatisfy { $0.text == "同志们，今年全市经济社会发展取得了新成绩。" })
    }

    @Test func utf16WithoutMarkIsRecognisedByItsNulBytes() throws {
        let fixtures = try IntakeFixtures()
        let text = "Speech 2024\n同志们：\nagenda item one\n"
        for bigEndian in [false, true] {
            let path = try fixtures.write(IntakeFixtures.utf16(text, bigEndian: bigEndian), to: "plain16.txt")
            let document = try SourceReader().read(path: path)
            #expect(document.encoding == (bigEndian ? .utf16be : .utf16le))
            #expect(document.lines.map(\.text) == ["Speech 2024", "同志们：", "agenda item one"])
        }
    }

    @Test func splitsAtEveryLineBreakAndKeepsIndentation() throws {
        let fixtures = try IntakeFixtures()
        let text = "一\r\n  二 \r三\u{3000}\n\t四\t\n\n\u{3000}\u{3000}五  \u{3000}"
        let document = try SourceReader().read(path: try fixtures.write(text, to: "breaks.txt"))
        #expect(
            document.lines == [
                SourceLine(number: 1, text: "一"), SourceLine(number: 2, text: "  二"), SourceLine(number: 3, text: "三"),
                SourceLine(number: 4, text: "\t四"), SourceLine(number: 5, text: ""),
                SourceLine(number: 6, text: "\u{3000}\u{3000}五"),
            ])
    }

    @Test func strayControlCharactersAreDropped() throws {
        let fixtures = try IntakeFixtures()
        let text = String(repeating: "同志们要团结一心，开拓进取。\n", count: 20) + "末\u{7}行\n"
        let document = try SourceReader().read(path: try fixtures.write(text, to: "bell.txt"))
        #expect(document.lines.last?.text == "末行")
    }

    @Test func longLineWithoutBreaksIsOneLine() throws {
        let fixtures = try IntakeFixtures()
        let text = String(repeating: "推进高质量发展，", count: 200_000)
        let document = try SourceReader().read(path: try fixtures.write(text, to: "long.txt"))
        #expect(document.lines.count == 1)
        #expect(document.lines[0].text.utf8.count == text.utf8.count)
    }
}
