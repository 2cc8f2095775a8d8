import Testing

@testable import BiganCompose
@testable import BiganThemes

/// No two paragraphs of a draft say the same thing: a text that shares a clause of 12 or more
/// characters with one the draft holds, or whose bigrams overlap one's by half (Jaccard), is refused.
@Suite struct SimilarityGuardTests {
    static func starter(_ file: String, _ opening: String) -> String {
        try! AnnotatedCatalog.starter(file, opening)
    }

    /// Two bureaus' paragraphs on drills (starter 04 and 15): one clause the same, 增强预案的针对性和可操作性.
    static let drillsA = starter("04_工作部署会_局长.txt", "应急救援是守护群众生命财产安全的最后一道防线")
    static let drillsB = starter("15_安全生产工作会议_市长.txt", "市县两级要对照新的风险形势")
    /// Two mayors' paragraphs on work style (starter 03, and a later starter speech, 总结表彰会 书记).
    static let styleA = starter("03_工作部署会_市长.txt", "政府工作的成效，很大程度上取决于干部的作风")
    static let styleB =
        "要坚决纠治形式主义、官僚主义，力戒表态多调门高、行动少落实差，力戒层层加码、过度留痕。各级机关要精简会议文件，规范督查检查考核，让基层干部有更多时间和精力抓落实、办实事。领导干部要带头深入基层调查研究，少在办公室听汇报，多到田间地头、企业车间看实情。"
    /// The State Council on religion, 2013 and 2014: the same sentence in other words, no clause the same.
    static let religion2013 = "我们要全面贯彻党的宗教工作基本方针，促进宗教关系和谐，发挥宗教界人士和信教群众在经济社会发展中的积极作用。"
    static let religion2014 = "全面贯彻党的宗教工作基本方针，促进宗教关系和谐，发挥宗教界人士和信教群众在促进经济社会发展中的积极作用。"
    /// Something else altogether (the fixture's safety paragraph).
    static let safety = "安全生产是发展的底线和红线。要坚持人民至上、生命至上，深入开展安全生产隐患排查整治，对排查出的问题建立台账、挂牌督办、限期整改，坚决遏制重特大事故发生。"

    static func guardHolding(_ texts: String...) -> SimilarityGuard {
        var similarity = SimilarityGuard()
        for text in texts { similarity.use(text) }
        return similarity
    }

    @Test func aSharedClauseOfTwelveCharactersIsRefused() {
        let shared = SimilarityGuard.clauses(of: Self.drillsA).intersection(SimilarityGuard.clauses(of: Self.drillsB))
        #expect(shared.contains("增强预案的针对性和可操作性"))
        #expect(Bigrams.similarity(Bigrams.of(Self.drillsA), Bigrams.of(Self.drillsB)) < SimilarityGuard.jaccard)
        #expect(!Self.guardHolding(Self.drillsA).isFresh(Self.drillsB))
        #expect(!Self.guardHolding(Self.drillsB).isFresh(Self.drillsA))
        #expect(!Self.guardHolding(Self.styleA).isFresh(Self.styleB))
    }

    @Test func theSameSentenceInOtherWordsIsRefused() {
        let shared = SimilarityGuard.clauses(of: Self.religion2013).intersection(
            SimilarityGuard.clauses(of: Self.religion2014))
        #expect(!shared.contains { $0.count >= SimilarityGuard.longClause } && shared.count < 2)
        #expect(Bigrams.similarity(Bigrams.of(Self.religion2013), Bigrams.of(Self.religion2014)) >= 0.5)
        #expect(!Self.guardHolding(Self.religion2013).isFresh(Self.religion2014))
    }

    @Test func aDifferentParagraphIsAccepted() {
        let held = Self.guardHolding(Self.drillsA, Self.styleA, Self.religion2013)
        #expect(held.isFresh(Self.safety))
        #expect(SimilarityGuard().isFresh(Self.drillsB))
        // One short clause in common (常态化开展隐患排查整治, 10 characters) is how speeches talk, not a
        // repeat: a city's safety paragraph and a housing bureau's (starter 01 and 02).
        let citySafety = Self.starter("01_总结表彰会_市长.txt", "发展是硬道理，安全是硬任务")
        let buildingSafety = Self.starter("02_总结表彰会_局长.txt", "安全是住建工作的生命线")
        #expect(
            SimilarityGuard.clauses(of: citySafety).intersection(SimilarityGuard.clauses(of: buildingSafety)) == [
                "常态化开展隐患排查整治"
            ])
        #expect(Self.guardHolding(citySafety).isFresh(buildingSafety))
    }

    @Test func theTemplatesOwnTextCountsToo() {
        var picker = SnippetPicker(
            catalog: InMemorySnippetCatalog([]), rewriter: ComposeFixtures.rewriter(),
            levels: LevelRewriter(rules: ComposeFixtures.composing),
            facts: FactSlots(
                finder: FactFinder(rules: ComposeFixtures.recognition, places: ComposeFixtures.places),
                rules: ComposeFixtures.composing),
            scorer: SnippetScorer(
                template: try! ComposeFixtures.store.template(for: "工作部署会"), role: ComposeFixtures.role("市长"),
                rules: ComposeFixtures.rules, composing: ComposeFixtures.composing, audience: Audience(level: .city)),
            fallbackThemes: [], seed: 1)
        picker.useTemplateText(Self.drillsA)
        #expect(!picker.similarity.isFresh(Self.drillsB))
    }

    // MARK: Drafts

    static let pairs: [(String, String)] = [(drillsA, drillsB), (styleA, styleB)]

    static let catalog = InMemorySnippetCatalog(
        pairs.enumerated().flatMap { offset, pair in
            [pair.0, pair.1].enumerated().map { member, text in
                AnnotatedCatalog.paragraph(
                    Int64(10 * (offset + 1) + member), text, themes: offset == 0 ? ["应急管理"] : ["作风建设"],
                    scope: .generic)
            }
        }
            + ComposeFixtures.paragraphs.enumerated().filter { $0.element.title == nil }.map { offset, entry in
                AnnotatedCatalog.paragraph(Int64(100 + offset), entry.text, themes: entry.themes, scope: .generic)
            })

    @Test(arguments: [("安全生产工作会议", "市长"), ("党风廉政建设工作会议", "书记")])
    func aDraftNeverSaysTheSameThingTwice(occasion: String, role: String) async throws {
        var pairMembersUsed = 0
        for seed: UInt64 in 1...4 {
            let draft = try await ComposeFixtures.composer(Self.catalog).compose(
                DraftRequest(occasion: occasion, role: role, region: "天水市", year: 2026, seed: seed))
            let ids = Set(AnnotatedCatalog.libraryParagraphs(draft))
            for (offset, _) in Self.pairs.enumerated() {
                let members = [Int64(10 * (offset + 1)), Int64(10 * (offset + 1) + 1)]
                #expect(!members.allSatisfy(ids.contains), "both of pair \(offset + 1) in \(occasion), seed \(seed)")
                pairMembersUsed += members.filter(ids.contains).count
            }
            let paragraphs = draft.blocks.filter { $0.type == .paragraph && $0.snippetId != nil }.map(\.text)
            for (index, text) in paragraphs.enumerated() {
                var earlier = SimilarityGuard()
                for other in paragraphs[..<index] { earlier.use(other) }
                #expect(earlier.isFresh(text), "\(occasion), seed \(seed): \(text.prefix(30))")
            }
        }
        #expect(pairMembersUsed > 0, "the near-duplicates never came up")
    }

    @Test func ofTwoParagraphsThatSayTheSameThingASectionTakesOne() async throws {
        let yaml = """
            occasion: 两题会
            title: 在{会议名称}上的讲话
            parts:
              - salutation
              - body:
                  - {themes: [应急管理], paragraphs: 2, function: any}
                  - {themes: [作风建设], paragraphs: 2, function: any}
              - closing: [同志们，谢谢大家！]
            """
        let template = try TemplateLoader(knownThemes: ComposeFixtures.themes).load(yaml: yaml, file: "两题会.yaml")
        let pairsOnly = InMemorySnippetCatalog(Self.catalog.snippets.filter { $0.id < 100 })
        let composer = ComposeFixtures.composer(
            pairsOnly, store: TemplateStore(templates: [template], roles: ComposeFixtures.store.roles))
        for seed: UInt64 in 1...4 {
            let draft = try await composer.compose(
                DraftRequest(occasion: "两题会", role: "市长", region: "天水市", year: 2026, seed: seed))
            let ids = Set(AnnotatedCatalog.libraryParagraphs(draft))
            #expect(
                ids.count == 2 && [10, 11].filter(ids.contains).count == 1 && [20, 21].filter(ids.contains).count == 1)
            // What the library could not give is a marked gap, not the same idea again.
            #expect(draft.shortages.count == 2)
        }
    }
}
