import Testing

@testable import BiganOutline

/// Rule: an unmarked title line standing between paragraphs is a heading, one level above the
/// marked headings it governs (…工作回顾, 今后的主要任务, 关于…的几个问题, 结束语); one-sentence label
/// lines alone before their paragraph, and a summary's headlines standing alone between finished
/// paragraphs, are headings at the level they first appear under their parent.
@Suite struct UnmarkedTitleRuleTests {
    static func headings(_ document: ParsedDocument) -> [String] {
        document.speeches.flatMap(\.blocks).filter { $0.type == .heading }.map { "H\($0.level ?? 0) \($0.text)" }
    }

    @Test func titlesStandOneLevelAboveTheMarkersTheyGovern() throws {
        let headings = Self.headings(try ParseFixtures.parse("unmarked-titles.txt"))
        #expect(
            headings == [
                "H1 过去五年的工作回顾", "H2 （一）经济实力明显增强。", "H2 （二）改革开放不断深化。", "H1 今后的主要任务", "H2 一、加快产业转型升级",
                "H2 二、持续增进民生福祉", "H1 关于《临川市国民经济和社会发展第十五个五年规划纲要（草案）》的说明", "H1 关于政府自身建设的几个问题",
                "H1 结束语",
            ])
    }

    @Test func labelLinesTakeTheLevelUnderTheirParent() throws {
        let document = try ParseFixtures.parse("label-lines.txt")
        #expect(
            Self.headings(document) == [
                "H1 一、2024年工作回顾", "H2 产业发展提质增效。", "H2 城乡面貌持续改善。", "H2 民生保障更加有力。", "H1 二、2025年重点工作",
                "H2 （一）着力扩大有效需求", "H3 促进消费提质扩容。", "H3 扩大有效投资。", "H2 （二）着力推进乡村振兴", "H3 发展特色产业。",
                "H3 建设宜居乡村。",
            ])
        let paragraphs = document.speeches[0].blocks.filter { $0.type == .paragraph }.map(\.text)
        #expect(paragraphs.contains("今年要重点做好以下工作。"))
        #expect(paragraphs.contains("各位代表！"))
    }

    @Test func aSummarysHeadlinesStandUnderItsPartTitles() throws {
        let headings = Self.headings(try ParseFixtures.parse("newspaper-summary.txt"))
        #expect(
            headings == [
                "H1 经济建设的成就和今后的任务", "H2 工业生产持续增长，农业获得了好收成", "H2 今后的工作必须坚持勤俭建设，反对铺张浪费",
                "H1 加强民主和法制建设", "H2 各级机关必须密切联系群众，认真改进工作作风",
            ])
    }

    @Test func aFragmentCutOutOfASentenceIsNoTitle() {
        let text = """
            各位代表：
            现在，我代表国务院向大会报告工作。
            一、关于国内外团结
            几年来，我们同有关各国一道签订了
            朝鲜停战协定
            》，维护了远东和平。这是我们外交工作的重大成就，得到了各国人民的广泛支持。
            """
        let headings = shape(outline(text).speeches[0]).filter { $0.hasPrefix("H") }
        #expect(headings == ["H1 一、关于国内外团结"])
    }

    @Test func aTitleThatOpensTheBodyIsStillATitle() {
        let text = """
            各位代表：
            现在，我代表国务院向大会报告工作。
            首先报告去年的工作
            去年，全国各族人民团结奋斗，经济社会发展取得了新的成就，主要目标任务顺利完成。
            一、扩大国内需求
            要采取有力措施，增加城乡居民收入。
            """
        let headings = shape(outline(text).speeches[0]).filter { $0.hasPrefix("H") }
        #expect(headings == ["H1 首先报告去年的工作", "H2 一、扩大国内需求"])
    }

    @Test(.enabled(if: DevCorpus.shouldRun), arguments: ["d02", "d10", "d12"])
    func labelledTitlesAndLabelsAreFoundAtTheirLevels(_ prefix: String) throws {
        let stem = try DevCorpus.stem(prefix)
        let match = GoldMatch(gold: try DevCorpus.gold(stem), document: try DevCorpus.parse(stem))
        #expect(match.missed.isEmpty, "\(stem) missed \(match.missed.map(\.prefix))")
        #expect(
            match.wrongLevels.isEmpty,
            "\(stem) levels \(match.wrongLevels.map { "\($0.gold.prefix) \($0.predicted.level ?? 0)" })")
        #expect(match.falsePositives.isEmpty, "\(stem) false positives \(match.falsePositives.map(\.text))")
    }

    @Test(.enabled(if: DevCorpus.shouldRun)) func unlabelledReportsKeepTheirUnmarkedParts() throws {
        let report2002 = Self.headings(try DevCorpus.parse(try DevCorpus.stem("d13")))
        #expect(report2002.first == "H1 首先报告２００１年的工作")
        #expect(report2002.last == "H1 结束语")
        #expect(report2002.filter { $0.hasPrefix("H2 ") }.count == 8)
        let summary1964 = Self.headings(try DevCorpus.parse(try DevCorpus.stem("d11")))
        #expect(summary1964.filter { $0.hasPrefix("H1 ") }.count == 4)
        #expect(summary1964.filter { $0.hasPrefix("H2 ") && !$0.hasPrefix("H2 第") }.count >= 15)
        let congress1973 = Self.headings(try DevCorpus.parse(try DevCorpus.stem("d16")))
        #expect(Array(congress1973.prefix(3)) == ["H1 关于九大路线", "H1 关于粉碎林彪反党集团的胜利", "H1 关于形势和任务"])
    }
}
