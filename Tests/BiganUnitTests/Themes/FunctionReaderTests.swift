import Testing

@testable import BiganThemes

/// What a paragraph does in a speech, on real paragraphs (their opening sentences) from the seed
/// compilation (000_…), the State Council reports and the starter speeches, as a writer files them.
@Suite struct FunctionReaderTests {
    static let annotator = AnnotationFixtures.annotator

    static let rows: [(text: String, function: ParagraphFunction)] = [
        // Review: past achievements.
        ("一年来，全系统坚持人民至上、生命至上，各项工作取得了新的进展。", .review),
        ("过去一年，我们顶住下行压力，经济运行总体保持了稳中有进的态势。重点项目建设加快推进，一批补链延链的产业项目陆续落地，工业经济的支撑作用更加明显。", .review),
        ("20xx年,全市经济社会发展中大事多、喜事多、急事多、难事多,面对繁重的工作任务,办公室紧贴中心,强化职能,注重规范,加强管理,推进创新,整体工作水平跃上了新的台阶。", .review),
        // Problem: shortcomings and gaps.
        ("同时也要看到，我们面临的困难和问题不少。从发展层面看，产业结构不够优、链条偏短，新动能成长还不够快，部分企业生产经营困难。", .problem),
        (
            "成绩值得肯定，问题也不容回避。对照群众的期待，我们的工作还有不少短板：城市建设的精细化程度不高，部分老旧片区基础设施欠账较多；建筑市场中违法分包、拖欠工程款等问题时有发生，监管手段还不够有力；物业服务纠纷仍是群众投诉的热点，一些小区长期处于无人管理的状态；个别干部业务不精、闯劲不足，服务企业和群众的主动性还不够。",
            .problem
        ),
        (
            "成绩值得肯定，问题更需正视。对照高质量发展的要求，对照周边发展较快的县区，我们的差距还很明显：经济总量不大、结构不优的状况没有根本改变，工业的支撑作用还不够强；项目储备质量不高，大项目、好项目偏少，有的项目推进缓慢。",
            .problem
        ),
        // Situation: significance and the situation, the why.
        ("做好办公室工作,对于提高市政府决策水平和执行能力,保证各项工作任务的落实,促进全市经济社会发展,具有非常重要的意义。", .situation),
        ("今年，我们面临的形势依然复杂，机遇和挑战并存。一方面，外部环境的不确定性增多，区域之间在项目、资金、人才上的竞争日趋激烈，稍有松懈就会不进则退。", .situation),
        ("2026年是“十五五”规划开局之年，做好全年工作意义重大。", .situation),
        // Task: a work item, what to do.
        ("（一）聚焦项目建设，扩大有效投资。项目是经济发展的“牛鼻子”，抓项目就是抓发展、抓未来。一要抓谋划储备，紧盯上级政策投向，谋划包装一批质量高、带动强的重大项目。", .task),
        ("要推进教育优质均衡发展，扩大普惠性学前教育资源，着力化解城区学位紧张问题。", .task),
        // Requirement: how to do it (responsibility, leadership, work style).
        ("（一）压紧压实工作责任。各县区和市直各部门主要负责同志是抓落实的第一责任人，对重点工作要亲自研究、亲自调度、亲自督办。", .requirement),
        ("局党组对全局党风廉政建设负全面领导责任，这个责任是政治责任，必须扛在肩上、抓在手上。", .requirement),
        ("（三）持续锤炼过硬作风。政府工作的成效，很大程度上取决于干部的作风。要大兴调查研究之风，经常深入基层、深入企业，掌握第一手情况，拿出管用的对策。", .requirement),
        // Thanks: thanks, hopes and calls.
        ("首先，我代表市委、市政府，向受到表彰的先进集体和先进个人表示热烈的祝贺！向长期以来关心支持全市发展的社会各界人士表示衷心的感谢！", .thanks),
        ("同志们，先进是一面旗帜，更是一种鞭策。希望受到表彰的同志把荣誉当作新的起点，继续发挥示范带头作用，在新的一年里干出更好的成绩。", .thanks),
        ("在新的一年里,希望同志们开拓创新,锐意进取,团结协作,苦干实干,以新的风貌、新的创造,努力把新形势下的办公室工作做的更好。", .thanks),
    ]

    @Test(arguments: rows)
    func functionFromCueWords(text: String, function: ParagraphFunction) {
        #expect(Self.annotator.annotate(text, speechLevel: nil).function == function)
    }

    @Test func theFirstSentenceSaysWhatAParagraphIsFor() {
        // Two real sentences (starter 03 and 15): the one that opens the paragraph decides.
        let review = "过去一年，我们顶住下行压力，经济运行总体保持了稳中有进的态势。"
        let problem = "我们也要清醒看到，全市安全生产仍处于爬坡过坎期，风险隐患交织叠加。"
        #expect(Self.annotator.annotate(review + problem, speechLevel: nil).function == .review)
        #expect(Self.annotator.annotate(problem + review, speechLevel: nil).function == .problem)
    }

    @Test func aParagraphWithoutCuesDoesNothingInParticular() {
        // The seed's sentence, its quotes repaired.
        #expect(Self.annotator.annotate("市政府办公室是全市政府系统运转的“中枢”。", speechLevel: nil).function == .other)
    }
}
