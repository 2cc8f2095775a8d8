import Foundation
import Testing

@testable import BiganCompose
@testable import BiganIntake
@testable import BiganRender

@Suite struct DocxEscapingTests {
    static let awkward = "R&D <创新> “引号” \"quote\" 'apostrophe' a\u{0007}b"

    @Test func markupCharactersSurviveTheRoundTrip() throws {
        let draft = Draft(
            occasion: "座谈会", role: "局长", title: "关于 A&B <试点> 的讲话", byline: nil,
            blocks: [DraftBlock(type: .paragraph, part: .body, text: Self.awkward)])
        let package = try DocxPackage(draft: draft)
        let raw = package.raw("word/document.xml")
        #expect(raw.contains("R&amp;D &lt;创新&gt;"))
        #expect(!raw.contains("<创新>"))
        let paragraphs = try package.paragraphs()
        #expect(paragraphs.map(\.wordText) == ["关于 A&B <试点> 的讲话", "R&D <创新> “引号” \"quote\" 'apostrophe' ab"])
        #expect(try package.xml("docProps/core.xml").first("dc:title")?.text == "关于 A&B <试点> 的讲话")
    }

    @Test(arguments: [
        ("a&b", "a&amp;b"), ("<w:t>", "&lt;w:t&gt;"), ("\"x\"", "&quot;x&quot;"), ("it's", "it&apos;s"),
        ("控制\u{0001}符", "控制符"), ("表情😀", "表情😀"),
    ])
    func attributeEscaping(text: String, escaped: String) {
        #expect(XMLNode.escape(text, quotes: true) == escaped)
    }

    @Test func multiLineBlockBecomesSeveralParagraphs() throws {
        let draft = Draft(
            occasion: "座谈会", role: "局长", title: "讲话", byline: "局长\n（2026年3月1日）",
            blocks: [DraftBlock(type: .paragraph, part: .body, text: "第一段。\n\n  第二段。")])
        let paragraphs = try DocxPackage(draft: draft).paragraphs()
        #expect(paragraphs.map(\.wordText) == ["讲话", "局长", "（2026年3月1日）", "第一段。", "第二段。"])
        let after = paragraphs.map { $0.first("w:spacing")?["w:after"] ?? "" }
        #expect(after[1] == "0" && after[2] != "0", "one blank line after the whole byline, none inside it")
    }
}
