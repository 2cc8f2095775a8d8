import Testing

@testable import BiganCompose
@testable import BiganThemes

/// Seeds vary the choice among candidates as good as each other, never for a worse fit, and the
/// same seed gives the same draft.
@Suite struct SeedVarietyTests {
    /// Five real paragraphs (starter speeches) for each of three subjects, each under a heading of
    /// its source that names its subject, so that all five fit a slot on that subject equally well.
    static let subjects: [(theme: String, heading: String, paragraphs: [(file: String, opening: String)])] = [
        (
            "党风廉政", "三、加强党风廉政建设，坚持反腐倡廉",
            [
                ("13_党风廉政建设工作会议_书记.txt", "各级党委（党组）是落实全面从严治党"),
                ("13_党风廉政建设工作会议_书记.txt", "各级党组织书记要把抓好党风廉政建设"),
                ("13_党风廉政建设工作会议_书记.txt", "要保持惩治腐败高压态势"),
                ("13_党风廉政建设工作会议_书记.txt", "不想腐是治本之策"),
                ("13_党风廉政建设工作会议_书记.txt", "强化纪律教育是管党治党"),
            ]
        ),
        (
            "项目建设", "一、狠抓项目建设，多跑项目争资金",
            [
                ("03_工作部署会_市长.txt", "项目是经济发展的“牛鼻子”"),
                ("09_推进会_副市长.txt", "对照年度计划，逐个项目排出"),
                ("09_推进会_副市长.txt", "县区和部门主要负责同志是项目建设的第一责任人"),
                ("09_推进会_副市长.txt", "项目建设涉及面广、链条长"),
                ("05_动员大会_县长.txt", "企业落地难，很多时候难在要素上"),
            ]
        ),
        (
            "民生保障", "二、保障和改善民生，办好民生工程",
            [
                ("01_总结表彰会_市长.txt", "群众的日子过得好不好"),
                ("03_工作部署会_市长.txt", "发展的成果要更多更公平地惠及群众"),
                ("08_座谈会_市长.txt", "代表委员提出的问题，大多是群众身边"),
                ("02_总结表彰会_局长.txt", "物业管理连着千家万户"),
                ("12_政务公开工作会议_副市长.txt", "群众最关心的是钱花在了哪里"),
            ]
        ),
    ]

    static func catalog() throws -> InMemorySnippetCatalog {
        var snippets: [CatalogSnippet] = []
        for (offset, subject) in subjects.enumerated() {
            for (index, paragraph) in subject.paragraphs.enumerated() {
                let text = try AnnotatedCatalog.starter(paragraph.file, paragraph.opening)
                snippets.append(
                    AnnotatedCatalog.paragraph(
                        Int64(100 * (offset + 1) + index), text, themes: [subject.theme], scope: .generic, facts: [],
                        headingPath: [subject.heading], file: paragraph.file))
            }
        }
        return InMemorySnippetCatalog(snippets)
    }

    /// Two slots on each subject, without headings of their own, each taking one paragraph.
    static let template = try! TemplateLoader(knownThemes: ComposeFixtures.themes).load(
        yaml: """
            occasion: 三题会
            title: 在{会议名称}上的讲话
            length: 500
            parts:
              - salutation
              - body:
                  - {themes: [项目建设], paragraphs: 1, function: any}
                  - {themes: [民生保障], paragraphs: 1, function: any}
                  - {themes: [党风廉政], paragraphs: 1, function: any}
                  - {themes: [项目建设], paragraphs: 1, function: any}
                  - {themes: [民生保障], paragraphs: 1, function: any}
                  - {themes: [党风廉政], paragraphs: 1, function: any}
              - closing: [同志们，谢谢大家！]
            """, file: "三题会.yaml")

    static func draft(seed: UInt64) async throws -> Draft {
        let composer = ComposeFixtures.composer(
            try catalog(), store: TemplateStore(templates: [template], roles: ComposeFixtures.store.roles))
        return try await composer.compose(
            DraftRequest(occasion: "三题会", role: "市长", region: "天水市", year: 2026, seed: seed))
    }

    @Test func twoSeedsShareAtMostThreeFifthsOfTheLibraryParagraphs() async throws {
        var drafts: [UInt64: [Int64]] = [:]
        for seed: UInt64 in 1...4 {
            let draft = try await Self.draft(seed: seed)
            let ids = AnnotatedCatalog.libraryParagraphs(draft)
            #expect(ids.count == 6, "seed \(seed): \(ids)")
            // Each slot chose among at least three that fit: the ones after it are its alternatives.
            for block in draft.blocks where block.snippetId != nil {
                #expect(block.alternatives.count >= 2, "seed \(seed): \(block.text.prefix(20))")
            }
            drafts[seed] = ids
        }
        for first: UInt64 in 1...3 {
            for second in (first + 1)...4 {
                let shared = Set(drafts[first]!).intersection(drafts[second]!).count
                #expect(
                    Double(shared) <= 0.6 * Double(drafts[first]!.count), "seeds \(first) and \(second) share \(shared)"
                )
            }
        }
    }

    @Test func theSameSeedGivesTheSameDraft() async throws {
        for seed: UInt64 in [1, 7] {
            #expect(try await Self.draft(seed: seed) == Self.draft(seed: seed))
        }
    }

    @Test func noSeedTakesAWorseFitForTheSakeOfVariety() async throws {
        // The set item's own paragraph stands under its heading whatever the seed (the fixture's 四种精神).
        for seed: UInt64 in 1...6 {
            let draft = try await DraftComposerTests.draft("办公室系统会议", "秘书长", seed: seed)
            let item = try #require(draft.blocks.firstIndex { $0.text == "（二）无私奉献的精神" })
            #expect(draft.blocks[item + 1].snippetId == 902)
        }
    }
}
