import Testing

@testable import BiganCompose
@testable import BiganThemes

/// A proper noun keeps its place name or becomes a marked gap: another report's figures, named
/// institutions, projects and slogans are never said with our place's name (平凉宾馆 → 天水宾馆,
/// 小康平凉 → 小康天水 would be a hotel and a slogan that may not exist).
@Suite struct FactSlotsTests {
    static let slots = FactSlots(
        finder: FactFinder(rules: ComposeFixtures.recognition, places: ComposeFixtures.places),
        rules: ComposeFixtures.composing)

    /// Real sentences (gwr_state_2010, 000_…, d01 江西) and what a writer is left to fill.
    static let rows: [(text: String, slotted: String)] = [
        ("中央财政用于“三农”的支出7253亿元，增长21.8%。", "中央财政用于“三农”的支出【待补：金额】，增长【待补：比例】。"),
        ("特别是市长热线、政务大厅、平凉宾馆等服务窗口,更要热情周到。", "特别是市长热线、政务大厅、【待补：单位名称】等服务窗口,更要热情周到。"),
        ("稳定投资规模，滚动实施“十百千万”工程。", "稳定投资规模，滚动实施【待补：项目名称】。"),
        ("提出了建设小康平凉、和谐平凉、魅力平凉的奋斗目标。", "提出了建设【待补：活动或规划名称】、【待补：活动或规划名称】、【待补：活动或规划名称】的奋斗目标。"),
        // Places alone and people are left to the place and person rewriters.
        ("关于今年办公室的工作,杨秘书长已作了详细安排。", "关于今年办公室的工作,杨秘书长已作了详细安排。"),
        ("为平凉经济社会发展作出了重要贡献。", "为平凉经济社会发展作出了重要贡献。"),
    ]

    @Test(arguments: rows)
    func factsBecomeMarkedGaps(text: String, slotted: String) {
        let result = Self.slots.replace(in: text)
        #expect(result.text == slotted)
        #expect(result.slots == FactSlots.slots(in: slotted))
    }

    @Test func aBlockIsTheLibrarysWhileMostOfItIsItsOwn() {
        #expect(FactSlots.ownShare(of: "没有缺口的段落。") == 1)
        let text = "中央财政用于“三农”的支出【待补：金额】，增长【待补：比例】。"
        let gaps = "【待补：金额】【待补：比例】".count
        #expect(abs(FactSlots.ownShare(of: text) - Double(text.count - gaps) / Double(text.count)) < 1e-9)
    }

    // MARK: Drafts

    /// The seed's paragraphs with a city's slogan and a city's hotel (000_…), annotated as an import does.
    static let slogan =
        "春节前，市上召开了市委扩大会暨全市经济工作会议，明确了全市未来五年及今年工作的指导思想、总体思路和重点任务，提出了建设小康平凉、和谐平凉、魅力平凉的奋斗目标。这是全市工作的大局，各项工作都要紧紧围绕这个大局来谋划和推进。"
    static let hotel =
        "后勤服务是办公室工作的重要组成部分，是政务工作正常运转的基本保证。会务、后勤、接待等日常事务性工作量大面宽，办会、办事都要细致再细致，周密再周密，确保万无一失。特别是平凉宾馆等服务窗口，更要热情周到。"

    static let catalog = InMemorySnippetCatalog([
        AnnotatedCatalog.paragraph(1, slogan, themes: ["经济发展"], file: "000_seed.txt", level: .city),
        AnnotatedCatalog.paragraph(2, hotel, themes: ["会务后勤"], file: "000_seed.txt", level: .city),
    ])

    static func draft(role: String, seed: UInt64) async throws -> Draft {
        let yaml = """
            occasion: 目标会
            title: 在{会议名称}上的讲话
            parts:
              - salutation
              - body:
                  - heading: 明确全市奋斗目标，谋划推进经济工作
                    themes: [经济发展]
                    paragraphs: 1
                  - heading: 做好后勤服务，热情周到接待
                    themes: [会务后勤]
                    paragraphs: 1
              - closing: [同志们，谢谢大家！]
            """
        let template = try TemplateLoader(knownThemes: ComposeFixtures.themes).load(yaml: yaml, file: "目标会.yaml")
        let composer = ComposeFixtures.composer(
            catalog, store: TemplateStore(templates: [template], roles: ComposeFixtures.store.roles))
        return try await composer.compose(
            DraftRequest(occasion: "目标会", role: role, region: "天水市", year: 2026, seed: seed))
    }

    @Test(arguments: ["市长", "秘书长"])
    func aProperNounKeepsItsPlaceOrBecomesAGap(role: String) async throws {
        for seed: UInt64 in 1...3 {
            let draft = try await Self.draft(role: role, seed: seed)
            let text = draft.blocks.map(\.text).joined(separator: "\n")
            for invented in ["天水宾馆", "小康天水", "和谐天水", "魅力天水", "平凉"] {
                #expect(!text.contains(invented), "“\(invented)” for \(role)")
            }
            if let hotel = draft.blocks.first(where: { $0.snippetId == 2 }) {
                #expect(hotel.text.contains("特别是【待补：单位名称】等服务窗口"))
            }
            if let slogan = draft.blocks.first(where: { $0.snippetId == 1 }) {
                #expect(slogan.text.contains("建设【待补："))
            }
        }
    }

    @Test func theOfficesOwnParagraphComesWithItsHotelAsAGap() async throws {
        // The hotel paragraph speaks to an office's staff: a 秘书长 may use it, its hotel a gap.
        let draft = try await Self.draft(role: "秘书长", seed: 1)
        #expect(draft.blocks.contains { $0.snippetId == 2 })
        #expect(draft.blocks.first { $0.snippetId == 2 }?.slots == ["【待补：单位名称】"])
    }
}
