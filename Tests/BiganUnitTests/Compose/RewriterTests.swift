import BiganText
import Testing

@testable import BiganCompose
@testable import BiganThemes

@Suite struct YearRewriterTests {
    static let cases: [(String, String)] = [
        ("20xx年，全市经济社会发展中大事多，整体工作水平跃上了新的台阶。", "2025年，全市经济社会发展中大事多，整体工作水平跃上了新的台阶。"),
        ("对办公室20xx年的工作，市政府是满意的。", "对办公室2025年的工作，市政府是满意的。"),
        ("同志们，20xx年即将过去，20xx年的元旦即将来临。", "同志们，2026年即将过去，2027年的元旦即将来临。"),
        ("２０ｘｘ年是关键之年。", "2026年是关键之年。"),
        ("20XX年要抓好三件大事。", "2026年要抓好三件大事。"),
        ("201x年以来，我们持续用力。", "2026年以来，我们持续用力。"),
        ("XXXX年工作要点", "2026年工作要点"),
        ("回顾2023年工作，成绩来之不易。", "回顾2025年工作，成绩来之不易。"),
        ("力争2024年底前全部完成。", "力争2027年底前全部完成。"),
        ("到2035年基本实现社会主义现代化。", "到2035年基本实现社会主义现代化。"),
        ("1978年开启了改革开放。", "1978年开启了改革开放。"),
        ("去年以来，今年以来，明年要继续努力。", "去年以来，今年以来，明年要继续努力。"),
        ("印发2023号文件和12345热线。", "印发2023号文件和12345热线。"),
        ("＊＊＊＊年和※※※※年都是占位，××××年也是。", "2026年和2026年都是占位，2026年也是。"),
    ]

    @Test func theMarkTestAgreesWithTheMarks() {
        for mark in YearToken.marks { #expect(YearToken.isMark(mark), "\(mark)") }
        for other in ["2", "年", "y", "二"] as [Character] { #expect(!YearToken.isMark(other)) }
    }

    @Test func bigramsArePairsOfHanCharacters() {
        #expect(Bigrams.of("加强督查").count == 3)
        // No bigram spans two clauses.
        #expect(Bigrams.of("加强，督查") == Bigrams.of("加强").union(Bigrams.of("督查")))
        #expect(Bigrams.of("督") == Bigrams.of("A督B"))
        #expect(Bigrams.coverage(of: "督查落实", in: Bigrams.of("抓好督查落实工作")) == 1)
        #expect(Bigrams.coverage(of: "加强工作", in: Bigrams.of("别的")) == 0)
    }

    @Test(arguments: cases)
    func yearsBecomeTheDraftsYears(source: String, expected: String) {
        #expect(YearRewriter(year: 2026, cues: ComposeFixtures.rules.years).rewrite(source) == expected)
    }

    @Test(arguments: [
        ("2018—2020年", true), ("2021-2025年", true), ("2018年至2020年", true), ("2023年", false), ("20xx年", false),
    ])
    func yearSpansAreRecognised(text: String, isSpan: Bool) {
        #expect(YearRewriter.hasYearRange("计划在\(text)完成") == isSpan)
    }
}

@Suite struct PlaceRewriterTests {
    static func rewrite(_ text: String, region: String? = "天水市") -> String {
        PlaceRewriter(index: ComposeFixtures.places, rules: ComposeFixtures.recognition.places, region: region).rewrite(
            text
        )
        .text
    }

    static let cases: [(String, String)] = [
        ("建设小康平凉、和谐平凉、魅力平凉", "建设小康天水、和谐天水、魅力天水"),
        ("平凉市人民政府办公室", "天水市人民政府办公室"),
        ("学习黑龙江省的经验，黑龙江的做法值得借鉴", "学习甘肃省的经验，甘肃的做法值得借鉴"),
        ("广西壮族自治区和新疆维吾尔自治区", "甘肃省和甘肃省"),
        ("岷县的做法", "{县区}的做法"),
        ("崆峒区是平凉的中心城区，崆峒的发展很快", "{县区}是天水的中心城区，{县区}的发展很快"),
        ("麦积区和秦州区", "麦积区和秦州区"),
        ("甘肃省委、省政府", "甘肃省委、省政府"),
        ("平凉市市场监管局", "天水市市场监管局"),
        ("平凉市场繁荣", "天水市场繁荣"),
    ]

    @Test(arguments: cases)
    func placesBecomeTheRegion(source: String, expected: String) {
        #expect(Self.rewrite(source) == expected)
    }

    /// Common words that hold a place's name and must stay as they are.
    static let commonWords = [
        "加强国际合作", "人力资源和社会保障", "和平发展", "新兴产业", "乡村振兴", "中华民族伟大复兴", "平安建设",
        "长治久安", "幸福安康", "世界大同", "合作市场", "香港、澳门和台湾", "弘扬延安精神", "东方红", "城区和郊区",
        "开拓创新", "团结协作", "同心同德", "惠民富民", "安居乐业", "前进道路", "解放思想", "友好往来", "方正",
        "公安机关", "白云山", "朝阳产业", "青山绿水", "金山银山", "增强政治意识", "各位来宾", "四平八稳",
        "文山会海", "老城区改造", "新城区建设", "人力资源和社会保障局",
    ]

    @Test(arguments: commonWords)
    func commonWordsAreNotPlaces(text: String) {
        #expect(Self.rewrite(text) == text)
    }

    @Test func withoutARegionPlacesBecomeASlot() {
        #expect(Self.rewrite("建设小康平凉，平凉市人民政府", region: nil) == "建设小康{地区}，{地区}人民政府")
    }

    @Test func anUnknownRegionIsUsedAsWritten() {
        #expect(Self.rewrite("平凉市和平凉", region: "陇东新城") == "陇东新城和陇东新城")
    }

    @Test(arguments: [("平凉市", "平凉"), ("临夏回族自治州", "临夏"), ("新疆维吾尔自治区", "新疆"), ("张家川回族自治县", "张家川"), ("岷县", nil)])
    func shortFormsDropTheSuffix(full: String, short: String?) {
        #expect(PlaceIndex.shortForm(of: full) == short)
    }
}

@Suite struct OfficeRewriterTests {
    static func rewrite(_ text: String, org: String?, role: String = "局长") -> String {
        let places = PlaceRewriter(
            index: ComposeFixtures.places, rules: ComposeFixtures.recognition.places, region: "天水市")
        return OfficeRewriter(
            index: ComposeFixtures.places, rules: ComposeFixtures.rules, places: places, org: org,
            role: ComposeFixtures.role(role)
        ).rewrite(text)
    }

    static let cases: [(String, String?, String)] = [
        ("《黑龙江省建设厅政务公开工作规程》", "天水市住房和城乡建设局", "《天水市住房和城乡建设局政务公开工作规程》"),
        ("《黑龙江省建设厅政务公开工作规程》", nil, "《{单位}政务公开工作规程》"),
        ("平凉市财政局和平凉市市场监管局", nil, "{单位}和{单位}"),
        ("对我厅起草的两个讨论稿", nil, "对我局起草的两个讨论稿"),
        ("在厅党组的领导下，全厅干部职工", nil, "在局党组的领导下，全局干部职工"),
        ("省建设厅和市政府办公室", nil, "省建设厅和市政府办公室"),
        ("平凉市人民政府", nil, "平凉市人民政府"),
    ]

    @Test(arguments: cases)
    func anotherPlacesOfficeBecomesTheSpeakers(source: String, org: String?, expected: String) {
        #expect(Self.rewrite(source, org: org) == expected)
    }

    @Test func aMayorNamesTheCityGovernmentForTheDepartment() {
        #expect(Self.rewrite("对我厅起草的讨论稿", org: nil, role: "市长") == "对市政府起草的讨论稿")
    }
}

@Suite struct PersonRewriterTests {
    static let rewriter = PersonRewriter(
        finder: PersonFinder(rules: ComposeFixtures.recognition.people) { ComposeFixtures.places.resolve($0) != nil })

    static let cases: [(String, String)] = [
        ("杨秘书长已作了详细安排", "{姓名}秘书长已作了详细安排"),
        ("听取了史殿臣厅长的重要讲话", "听取了{姓名}厅长的重要讲话"),
        ("史厅长的讲话回顾了成绩", "{姓名}厅长的讲话回顾了成绩"),
        ("王副市长主持会议", "{姓名}副市长主持会议"),
        ("欧阳秘书长和张三同志", "{姓名}秘书长和{姓名}同志"),
        ("李书记要求", "{姓名}书记要求"),
        ("刘志强市长在会上强调", "{姓名}市长在会上强调"),
        ("王新民局长和王建国书记", "{姓名}局长和{姓名}书记"),
        ("安定区委书记张文同志要求", "安定区委书记{姓名}同志要求"),
    ]

    @Test(arguments: cases)
    func titledNamesBecomePlaceholders(source: String, expected: String) {
        #expect(Self.rewriter.rewrite(source) == expected)
    }

    static let untouched = [
        "以习近平同志为核心的党中央", "习近平总书记强调", "分管副市长", "各位市长", "同志们", "有关同志", "相关同志",
        "单位主任", "部门主任", "党委书记", "区委书记", "全市长远发展", "市长热线", "毛主席", "学习焦裕禄同志",
        "常务副市长", "各位局长", "原局长", "平凉市长", "党员同志", "办公室主任",
    ]

    @Test(arguments: untouched)
    func wordsBeforeTitlesAreNotNames(text: String) {
        #expect(Self.rewriter.rewrite(text) == text)
    }
}

@Suite struct VoiceAndRepairTests {
    @Test(arguments: [
        ("首先，我代表市政府向大家表示感谢！", "首先，我代表局党组向大家表示感谢！"),
        ("我代表市委、市政府，向受表彰的同志表示祝贺。", "我代表局党组，向受表彰的同志表示祝贺。"),
        ("他代表我们发言。", "他代表我们发言。"),
    ])
    func theSpeakerSpeaksForTheRolesBody(source: String, expected: String) {
        #expect(VoiceRewriter(verbs: ComposeFixtures.rules.voice, speaksFor: "局党组").rewrite(source) == expected)
    }

    @Test(arguments: [
        ("办公室是全市政府系统运转的&;中枢&;。", "办公室是全市政府系统运转的“中枢”。"),
        ("市政府办公室召开这次会议,全面总结过去一年的工作", "市政府办公室召开这次会议，全面总结过去一年的工作"),
        ("——经济总体回升向好。", "经济总体回升向好。"),
        ("增长5.2%,居前列", "增长5.2%，居前列"),
    ])
    func webDamageIsRepaired(source: String, expected: String) {
        #expect(TextRepair.repair(source) == expected)
    }

    @Test(arguments: [
        ("三是把全面推行政务公开与依法行政结合起来。", "把全面推行政务公开与依法行政结合起来。"),
        ("二要搞好调查研究。", "要搞好调查研究。"),
        ("第一，要进一步发挥好参谋助手的职能。", "要进一步发挥好参谋助手的职能。"),
        ("（三）加强队伍建设。", "加强队伍建设。"),
        ("首先，我们要统一思想。", "我们要统一思想。"),
        ("一年来，我们做了很多工作。", "一年来，我们做了很多工作。"),
        ("十分重要的是抓落实。", "十分重要的是抓落实。"),
        ("2024年是关键一年。", "2024年是关键一年。"),
    ])
    func leadingMarkersAreStripped(source: String, expected: String) {
        #expect(TextRepair.stripLeadingMarker(source) == expected)
    }

    @Test func theWholeRewriteLeavesNoSourceSpecifics() {
        let rewriter = ComposeFixtures.rewriter(role: "局长")
        for entry in ComposeFixtures.paragraphs {
            let text = rewriter.rewrite(entry.text).text
            for leak in ComposeFixtures.leaks where text.contains(leak) {
                Issue.record("“\(leak)” left in: \(text)")
            }
            #expect(!text.contains("我代表市政府"))
        }
    }

    @Test func placeholdersLeftAreReported() {
        let result = ComposeFixtures.rewriter().rewrite("关于今年的工作，杨秘书长已作了详细安排，《黑龙江省建设厅工作规程》要在平凉抓好落实。")
        #expect(result.placeholders == ["{姓名}", "{单位}"])
        #expect(result.replacedPlaces == ["平凉市"])
    }
}
