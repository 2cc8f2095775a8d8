import Testing

@testable import BiganThemes

/// The scoring rules, on small hand-made taxonomies and on the bundled one where its cues are the point.
@Suite struct ThemeTaggerTests {
    static let bundled = ThemeTagger(taxonomy: (try? ThemeTaxonomy.load(environment: [:])) ?? ThemeTaxonomy())

    static let heading = "第三，要进一步发挥好督查落实的职能"
    static let body = "要把工作的着力点放在热点、难点和重点问题上,突破障碍,解决难题,推动工作。"

    func tagger(_ themes: [Theme], scoring: ThemeScoring = .standard) -> ThemeTagger {
        ThemeTagger(taxonomy: ThemeTaxonomy(themes: themes, scoring: scoring))
    }

    @Test func headingPathGivesThemeToBodyThatNeverNamesIt() {
        #expect(Self.bundled.tag(text: Self.body, headingPath: []).contains { $0.theme == "督查落实" } == false)
        let tags = Self.bundled.tag(text: Self.body, headingPath: ["二、要进一步强化和发挥好办公室的职能作用", Self.heading])
        let tag = tags.first { $0.theme == "督查落实" }
        #expect(tag != nil)
        #expect(tag?.cues.contains("督查落实") == true)
    }

    @Test func nearestHeadingWeighsMost() {
        let nearest = Self.bundled.tag(text: Self.body, headingPath: ["二、要进一步强化和发挥好办公室的职能作用", Self.heading])
        let further = Self.bundled.tag(text: Self.body, headingPath: [Self.heading, "一要把工作的着力点放在热点上"])
        let score = { (tags: [ThemeTag]) in tags.first { $0.theme == "督查落实" }?.score ?? 0 }
        #expect(score(nearest) > score(further))
    }

    @Test func headingCountsMoreWhenTheTextAgrees() {
        let agreeing = "督查工作要突破障碍,解决难题,推动工作,做到件件有着落。"
        let withText = Self.bundled.tag(text: agreeing, headingPath: [Self.heading])
        let textOnly = Self.bundled.tag(text: agreeing, headingPath: [])
        let inheritedOnly = Self.bundled.tag(text: Self.body, headingPath: [Self.heading])
        let score = { (tags: [ThemeTag]) in tags.first { $0.theme == "督查落实" }?.score ?? 0 }
        #expect(score(withText) > score(textOnly) + score(inheritedOnly))
    }

    @Test(arguments: [
        "维护国家安全和社会稳定，筑牢粮食安全、能源安全防线。",
        "保障粮食安全、能源安全和产业链供应链安全，守住不发生系统性风险底线。",
    ])
    func ignoredPhrasesHideShortCues(text: String) {
        #expect(Self.bundled.tag(text: text, headingPath: []).contains { $0.theme == "安全生产" } == false)
    }

    @Test func safetyAtWorkStillTagged() {
        let tags = Self.bundled.tag(text: "严格落实安全生产责任制，深入开展隐患排查治理，坚决遏制重特大事故。", headingPath: [])
        #expect(tags.first?.theme == "安全生产")
    }

    @Test func negativeCueLowersScore() {
        let plain = Theme(name: "调查研究", cues: [ThemeCue("调查", weight: 3)])
        let guarded = Theme(name: "调查研究", cues: [ThemeCue("调查", weight: 3), ThemeCue("调查处理", weight: -2)])
        let text = "对群众上访,要及时协调有关方面调查处理。"
        let before = tagger([plain]).tag(text: text, headingPath: []).first?.score ?? 0
        let after = tagger([guarded]).tag(text: text, headingPath: []).first?.score ?? 0
        #expect(before >= 2)
        #expect(after < before)
        #expect(tagger([guarded]).tag(text: text, headingPath: []).isEmpty)
    }

    @Test func tagsBelowThresholdAreDropped() {
        let theme = Theme(name: "会务后勤", cues: [ThemeCue("会议", weight: 1), ThemeCue("会务", weight: 4)])
        #expect(tagger([theme]).tag(text: "市上召开了经济工作会议。", headingPath: []).isEmpty)
        #expect(tagger([theme]).tag(text: "做好会务工作。", headingPath: []).first?.score == 4)
        let lenient = ThemeScoring(threshold: 0.5)
        #expect(tagger([theme], scoring: lenient).tag(text: "市上召开了经济工作会议。", headingPath: []).count == 1)
    }

    @Test func textCanHaveSeveralThemes() {
        let text = "加强党风廉政建设和反腐败斗争。严格落实中央八项规定精神，持之以恒纠治“四风”，进一步为基层减负。"
        let themes = Self.bundled.tag(text: text, headingPath: []).map(\.theme)
        #expect(themes.contains("党风廉政"))
        #expect(themes.contains("作风建设"))
    }

    @Test func weakTagsFarBelowTheBestAreDropped() {
        let strong = Theme(name: "政务公开", cues: [ThemeCue("政务公开", weight: 4)])
        let weak = Theme(name: "综合协调", cues: [ThemeCue("协调", weight: 2)])
        let text = "推行政务公开，深化政务公开，把政务公开贯穿始终，协调推进。"
        let themes = tagger([strong, weak], scoring: ThemeScoring(relativeFloor: 0.5)).tag(text: text, headingPath: [])
        #expect(themes.map(\.theme) == ["政务公开"])
    }

    @Test func repeatsCountLessEachTime() {
        let theme = Theme(name: "督查落实", cues: [ThemeCue("督查", weight: 3)])
        let once = tagger([theme]).tag(text: "督查。", headingPath: []).first?.score ?? 0
        let four = tagger([theme]).tag(text: "督查督查督查督查。", headingPath: []).first?.score ?? 0
        #expect(four > once)
        #expect(four < 2 * once)
    }

    @Test func longTextDoesNotWinByLength() {
        let theme = Theme(name: "督查落实", cues: [ThemeCue("督查", weight: 3)])
        let short = "开展督查，推动工作。"
        let padding = String(repeating: "各项工作稳步推进，取得了明显成效。", count: 30)
        let long = short + padding
        let shortScore = tagger([theme]).tag(text: short, headingPath: []).first?.score ?? 0
        let longScore = tagger([theme]).tag(text: long, headingPath: []).first?.score ?? 0
        #expect(longScore < shortScore)
    }

    @Test func fullWidthAndHalfWidthMatchAlike() {
        let theme = Theme(name: "政务信息", cues: [ThemeCue("PM2.5", weight: 4)])
        #expect(tagger([theme]).tag(text: "ＰＭ２．５浓度下降。", headingPath: []).first?.score == 4)
    }

    @Test func cuesExplainTheTag() {
        let tags = Self.bundled.tag(text: "督促检查是市政府抓工作落实的重要手段。", headingPath: [])
        #expect(tags.first?.cues.first == "督促检查")
    }

    @Test func setIsTaggedFromItsItemsAndTheHeadingsAboveItsLabel() {
        let set = ParallelSet(
            label: "四种作风", items: ["一是求真务实的作风。", "二是雷厉风行的作风。", "三是艰苦奋斗的作风。", "四是争创一流的作风。"],
            headingPath: ["三、要切实加强干部队伍思想作风建设", "四种作风:"], line: 307, shape: .labelHeading)
        #expect(Self.bundled.tag(set).first?.theme == "作风建设")
    }
}
