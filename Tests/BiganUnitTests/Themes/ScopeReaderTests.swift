import Testing

@testable import BiganThemes

/// The level a paragraph speaks at, or the audience it addresses, on real sentences: the seed
/// compilation (000_…), the State Council reports (gwr_state_…) and the starter speeches.
@Suite struct ScopeReaderTests {
    static let annotator = AnnotationFixtures.annotator

    static let rows: [(text: String, scope: Scope)] = [
        // National: the State Council speaks for the nation (gwr_state_2019).
        ("现在，我代表国务院，向大会报告政府工作，请予审议，并请全国政协委员提出意见。", .national),
        ("我国发展面临多年少有的国内外复杂严峻形势，经济出现新的下行压力。", .national),
        // Province: a provincial department's meeting (000_…, the 政务公开 speech).
        ("但是应当看到,目前全省建设系统的政务公开工作还存在认识不够到位、工作上还不够全面和不够规范等问题,必须严格按照有关要求,不断地加以规范和深化。", .province),
        // City (starter 03, 21).
        ("这些成绩，是市委科学决策、统揽全局的结果，是全市干部群众齐心协力、苦干实干的结果。", .city),
        ("各县区要结合实际，把市里确定的目标任务细化为本地的具体举措，不能简单地以文件落实文件、以会议落实会议。", .city),
        ("刚才，几个县区政府办公室和市直部门办公室作了交流发言，从不同角度介绍了抓服务、促落实、强队伍的经验，讲得都很实在。", .city),
        // County (starter 23).
        ("这些成绩的取得，凝聚着全县广大干部群众的心血和汗水。", .county),
        ("去年以来，面对复杂多变的外部环境和艰巨繁重的发展任务，在县委的坚强领导下，全县上下迎难而上、苦干实干。", .county),
        // District: the corpus holds no district speech; starter 23's sentence as a district says it.
        ("去年以来，面对复杂多变的外部环境和艰巨繁重的发展任务，在区委的坚强领导下，全区上下迎难而上、苦干实干。", .district),
        ("这些成绩的取得，凝聚着我区广大干部群众的心血和汗水。", .district),
        // Department: a bureau's own voice (starter 14, 04).
        ("局党组对全局党风廉政建设负全面领导责任，这个责任是政治责任，必须扛在肩上、抓在手上。", .department),
        ("一年来，全系统坚持人民至上、生命至上，各项工作取得了新的进展。", .department),
        ("局党组将对民生实事实行清单化管理。局机关各科室要加强跟踪指导，对进度滞后的县区，由局领导带队督导。", .department),
        ("各县区教育局主要负责同志要亲自挂帅。局机关各科室要按照分工，当好指导员和服务员，主动下沉一线。", .department),
        // Office: addressed to an office's own staff (000_…, starter 21).
        ("办公室的同志在领导身边工作,位置特殊,担子重,工作忙,既辛苦又清贫,加班加点是经常的事。", .office),
        ("在领导身边工作，一言一行都关系政府形象。", .office),
        // Audience wins over level: an office's or a bureau's words beat 全市, 市委 and 市政府.
        ("全市经济社会发展所取得的成效,凝聚着办公室各位同志的心血和汗水,对办公室20xx年的工作,市政府及各位市长是满意的。", .office),
        ("首先,我代表市政府向为全市经济社会发展作出贡献的办公室各下属单位、各内设机构、各个工作岗位的同志表示衷心的感谢!", .office),
        ("过去一年，全市应急管理系统在市委、市政府的坚强领导下，经受住了汛期、森林防火期和节假日等重点时段的多重考验。在此，我代表局党组，向全市应急管理系统的广大干部职工表示衷心的感谢！", .department),
    ]

    @Test(arguments: rows)
    func scopeFromTheParagraphsOwnWords(text: String, scope: Scope) {
        #expect(Self.annotator.scope(of: text) == scope)
        // A paragraph's own words outweigh the level of the speech it stands in.
        #expect(Self.annotator.annotate(text, speechLevel: .city).scope == scope)
    }

    /// Words that hold a level's or an office's cue without being one.
    static let noCue: [String] = [
        "组织好内蒙古自治区成立70周年庆祝活动。",
        "全力支持特别行政区政府依法施政。",
        "支持特区政府积极应对国际经济风险挑战，维护经济金融稳定和长期繁荣发展。",
        "建立健全系统性金融风险防范和监管协调机制，增强抵御风险能力。",
        "鼓励引导社会资本办医，加快形成对外开放的多元办医格局。",
        "加快义务教育学校标准化建设，改善薄弱学校和寄宿制学校基本办学条件。",
        "克服的根本办法，是引导大家面向现代化建设和改革的实际，面向世界，面向未来。",
    ]

    @Test(arguments: noCue)
    func aWordThatHoldsACueIsNoCue(text: String) {
        #expect(Self.annotator.scope(of: text) == nil)
        // In the State Council's report it speaks for the nation; anywhere else any speaker may say it.
        #expect(Self.annotator.annotate(text, speechLevel: .national).scope == .national)
        #expect(Self.annotator.annotate(text, speechLevel: .city).scope == .generic)
    }

    @Test func aParagraphWithoutLevelWordsTakesANationalOrABureausSpeechLevel() {
        let text = "政府工作的成效，很大程度上取决于干部的作风。"
        #expect(Self.annotator.scope(of: text) == nil)
        #expect(Self.annotator.annotate(text, speechLevel: .national).scope == .national)
        #expect(Self.annotator.annotate(text, speechLevel: .department).scope == .department)
        for level in [Scope.province, .city, .county, .district, nil] {
            #expect(Self.annotator.annotate(text, speechLevel: level).scope == .generic)
        }
    }

    @Test func aSpeechsLevelIsTheLevelItsWordsUseMost() {
        // starter 23: a county's economic work meeting.
        let county = [
            "今天召开全县经济工作会议，主要任务是认真贯彻落实上级经济工作会议精神，总结去年全县经济工作。",
            "下面，按照县委的部署，我就抓好今年经济工作讲三个方面的意见。",
            "项目前期工作慢，是制约我县投资增长的突出短板。",
        ]
        #expect(Self.annotator.level(title: "在全县经济工作会议上的讲话", texts: county) == .county)
        // starter 03 and the seed's 信息 paragraph: a city speech that names the province once is still a city's.
        let city = [
            "这次会议是市委、市政府研究决定召开的，主要任务是总结过去一年的政府工作，分析当前面临的形势。",
            "会后，各县区、各部门要及时召开会议传达部署，把今天会上明确的任务逐项认领、逐项细化。",
            "要在去年信息工作取得较大进步的基础上,进一步强化措施,力求在全省的位次有新的提高。",
        ]
        #expect(Self.annotator.level(title: "在全市年度工作部署会议上的讲话", texts: city) == .city)
        // starter 14: a bureau's clean-government meeting, however often it says 全市.
        let bureau = [
            "今天，局党组召开全局党风廉政建设工作会议，主要任务是传达贯彻市纪委全会和全市党风廉政建设和反腐败工作会议精神。",
            "局党组对全局党风廉政建设负全面领导责任，这个责任是政治责任，必须扛在肩上、抓在手上。",
            "作为局党组书记，我对全局党风廉政建设负总责。",
        ]
        #expect(Self.annotator.level(title: nil, texts: bureau) == .department)
    }
}
