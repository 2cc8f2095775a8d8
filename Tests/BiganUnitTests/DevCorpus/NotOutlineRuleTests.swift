import Testing

@testable import BiganOutline

/// Rule: glossaries, notes and appendices after the text, endnotes, stray figures at a line start
/// are not outline; numbers past ten are markers.
@Suite struct NotOutlineRuleTests {
    static func headings(_ document: ParsedDocument) -> [String] {
        document.speeches.flatMap(\.blocks).filter { $0.type == .heading }.map(\.text)
    }

    @Test func aGlossaryAfterTheTextIsNoOutline() throws {
        let document = try ParseFixtures.parse("back-matter.txt")
        #expect(
            Self.headings(document) == [
                "一、2024年工作回顾", "一是工业经济稳步回升。", "二是消费市场加快恢复。", "二、2025年工作安排",
            ])
        let paragraphs = document.speeches[0].blocks.filter { $0.type == .paragraph }.map(\.text)
        #expect(paragraphs.contains { $0.hasPrefix("5.5%的增速") })
        #expect(paragraphs.contains { $0.hasPrefix("1.“三个一”工程") })
    }

    @Test func endnotesAndAppendicesAfterTheClosingAreNoOutline() throws {
        let document = try ParseFixtures.parse("endnotes.txt")
        #expect(Self.headings(document) == ["一、关于形势", "二、关于任务", "三、关于作风"])
        let paragraphs = document.speeches[0].blocks.filter { $0.type == .paragraph }.map(\.text)
        #expect(paragraphs.contains("①见本书第三卷。"))
        #expect(paragraphs.contains("一、关于粮食收购的补充说明"))
    }

    @Test func aLeadInsListOfOneSentenceItemsIsNoOutline() {
        let text = """
            一、加强思想政治工作

            　　今后要着重抓好以下几项工作：

            　　一、继续深入开展形势政策教育；

            　　二、认真做好青年的思想工作；

            　　三、大力加强理论队伍的建设。

            二、进一步做好外交工作

            　　我们要继续奉行独立自主的和平外交政策。
            """
        let headings = shape(outline(text).speeches[0]).filter { $0.hasPrefix("H") }
        #expect(headings == ["H1 一、加强思想政治工作", "H1 二、进一步做好外交工作"])
    }

    @Test func aNoteThatEndsTheTextIsNoCutOffFragment() {
        let text = """
            各位代表：

            　　现在，我代表国务院向大会报告工作。

            一、过去一年的工作

            　　过去一年，硫酸＠①产量增长百分之九，各项任务圆满完成。

            　　各位代表！让我们共同努力，夺取新的胜利！

            字库未存字注释：

            ＠①原字石右加安
            """
        let (speeches, diagnostics) = outline(text)
        #expect(speeches[0].blocks.last?.text == "＠①原字石右加安")
        #expect(diagnostics.isEmpty)
    }

    @Test(.enabled(if: DevCorpus.shouldRun), arguments: ["d01", "d03", "d04", "d09", "d15"])
    func labelledDocumentsHaveNoOutlineOutsideTheirText(_ prefix: String) throws {
        let stem = try DevCorpus.stem(prefix)
        let match = GoldMatch(gold: try DevCorpus.gold(stem), document: try DevCorpus.parse(stem))
        #expect(match.falsePositives.isEmpty, "\(stem) false positives \(match.falsePositives.map(\.text))")
        #expect(match.missed.isEmpty, "\(stem) missed \(match.missed.map(\.prefix))")
    }
}
