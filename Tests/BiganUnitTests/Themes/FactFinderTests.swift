import Testing

@testable import BiganThemes

/// What a paragraph says that is true only of its own source, on real sentences from the seed
/// compilation (000_…), the State Council reports, the provincial reports of the dev corpus and the
/// starter speeches: figures with units, institutions, projects, places, people and campaigns.
@Suite struct FactFinderTests {
    static let annotator = AnnotationFixtures.annotator

    static func facts(_ text: String) -> [Fact] {
        annotator.annotate(text, speechLevel: nil).facts
    }

    /// Sentences and every fact a writer would have to check or replace in them, in text order.
    static let rows: [(text: String, facts: [Fact])] = [
        // Figures: a number with its unit (gwr_state_2010).
        ("中央财政用于“三农”的支出7253亿元，增长21.8%。", [Fact(.figure, "7253亿元"), Fact(.figure, "21.8%")]),
        (
            "保障性安居工程、农村民生工程和社会事业投资占43.7%，自主创新、结构调整、节能减排和生态建设占15.3%，重大基础设施建设占23.6%，灾后恢复重建占14.8%。",
            [Fact(.figure, "43.7%"), Fact(.figure, "15.3%"), Fact(.figure, "23.6%"), Fact(.figure, "14.8%")]
        ),
        ("鼓励企业加快技术改造，安排200亿元技改专项资金支持4441个技改项目。", [Fact(.figure, "200亿元"), Fact(.figure, "4441个")]),
        // A small Chinese count is how a speech talks, not a statistic (gwr, starter 18).
        ("今年将采取三项举措。", []),
        ("文秘、信息、督查，是政府系统办公室最基础、最核心的三项业务，也是这次培训的重点内容。", []),
        // A counted group is a name, a count with an Arabic number a figure (d02 青海).
        ("坚持把改善民生、凝聚人心作为出发点和落脚点，聚力解决群众急难愁盼问题，十大类45项年度民生实事工程落地见效。", [Fact(.figure, "45项")]),
        // An institution named with its place (000_…).
        (
            "特别是市长热线、政务大厅、投诉中心、政府网站、驻外机构、平凉宾馆、应急管理办公室等服务窗口,更要热情周到,通过高质量、高水平的服务,达到保证工作、联络感情、树立形象的目的。",
            [Fact(.institution, "平凉宾馆"), Fact(.place, "平凉")]
        ),
        // Projects: quoted, or named with their places (d01 江西, d02 青海).
        (
            "稳定投资规模，滚动实施“十百千万”工程，实施省大中型项目5296个，年度完成投资1.1万亿元左右。",
            [Fact(.project, "“十百千万”工程"), Fact(.figure, "5296个"), Fact(.figure, "1.1万亿元")]
        ),
        (
            "青藏直流二期扩建、香加750千伏主变扩建、330千伏果洛玉树第二回线路工程相继投运。",
            [Fact(.project, "果洛玉树第二回线路工程"), Fact(.place, "果洛"), Fact(.place, "玉树")]
        ),
        // A place; an anniversary is not a figure (gwr_state_2017).
        ("组织好内蒙古自治区成立70周年庆祝活动。", [Fact(.place, "内蒙古自治区")]),
        // A city's own slogan is its own, not a place to swap (000_…).
        (
            "春节前,市上召开了市委扩大会暨全市经济工作会议,明确了全市未来五年及今年工作的指导思想、总体思路和重点任务,提出了建设小康平凉、和谐平凉、魅力平凉的奋斗目标。",
            [Fact(.campaign, "小康平凉"), Fact(.place, "平凉"), Fact(.campaign, "和谐平凉"), Fact(.campaign, "魅力平凉")]
        ),
        // People named with a title (000_…).
        ("关于今年办公室的工作,杨秘书长已作了详细安排,这个安排思路清晰,定位准确,重点突出,任务明确,措施具体。", [Fact(.person, "杨秘书长")]),
        ("这次会议传达了全国建设系统政务公开工作会议精神,听取了史殿臣厅长的重要讲话,", [Fact(.person, "史殿臣厅长")]),
        // Campaigns of a given time (gwr_state_2018, 2024).
        ("扎实开展“不忘初心、牢记使命”主题教育。", [Fact(.campaign, "不忘初心、牢记使命"), Fact(.campaign, "主题教育")]),
        ("巩固拓展主题教育成果，大兴调查研究，落实“四下基层”制度。", [Fact(.campaign, "主题教育")]),
    ]

    @Test(arguments: rows)
    func factsOfRealSentences(text: String, facts: [Fact]) {
        #expect(Self.facts(text) == facts)
    }

    @Test func anEnterpriseNamedWithItsProvincesNameIsAnInstitution() {
        // d04 黑龙江: 龙江 is the province's literary name.
        let facts = Self.facts("持续深化龙煤集团、北大荒集团、龙江森工集团综合改革。")
        #expect(facts.contains(Fact(.institution, "龙江森工集团")))
        // A forum of twenty countries is no one's enterprise (gwr_state_2012).
        #expect(
            !Self.facts("积极参与二十国集团等全球经济治理机制建设，加强与主要经济体宏观经济政策协调，反对各种形式的保护主义。")
                .contains { $0.kind == .institution })
    }

    /// Common words before 同志 or a title that are no one's name (starter 09 and 18, d21).
    static let noPerson: [String] = [
        "前一阶段，许多同志顶烈日、冒风雨，吃住在工地、奔走在企业，协调征地拆迁、化解施工矛盾、对接上级资金。",
        "培训结束后，希望大家把学到的新理念、新方法带回单位，主动与同事分享，带动身边更多同志加强学习。",
        "成立文件起草组，由我担任组长，有关部门和地方负责同志参加，在中央政治局常委会领导下承担建议稿起草工作。",
    ]

    @Test(arguments: noPerson)
    func aCommonWordBeforeATitleIsNoPerson(text: String) {
        #expect(!Self.facts(text).contains { $0.kind == .person })
    }

    @Test func everyFactSpansItsOwnWords() {
        let text = "特别是市长热线、政务大厅、平凉宾馆等服务窗口,更要热情周到。"
        let characters = Array(text)
        for located in Self.annotator.facts.facts(in: characters) {
            #expect(String(characters[located.range]) == located.fact.text)
        }
    }
}
