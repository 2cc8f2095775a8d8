import Foundation
import Testing

@testable import BiganCompose
@testable import BiganOutline
@testable import BiganRender
@testable import BiganText

@Suite struct DraftComposerTests {
    static func draft(
        _ occasion: String, _ role: String, region: String? = "天水市", org: String? = nil, seed: UInt64 = 1,
        catalog: any SnippetCatalog = ComposeFixtures.catalog
    ) async throws -> Draft {
        try await ComposeFixtures.composer(catalog).compose(
            DraftRequest(occasion: occasion, role: role, org: org, region: region, year: 2026, seed: seed))
    }

    static let requests: [(String, String)] = [
        ("总结表彰会", "市长"), ("工作部署会", "局长"), ("办公室系统会议", "秘书长"), ("动员大会", "副市长"),
        ("座谈会", "书记"), ("推进会", "县长"), ("政务公开工作会议", "厅长"), ("党风廉政建设工作会议", "书记"),
        ("安全生产工作会议", "市长"), ("开班式", "主任"), ("致辞", "市长"),
    ]

    @Test(arguments: requests)
    func partsComeInOrder(occasion: String, role: String) async throws {
        let draft = try await Self.draft(occasion, role)
        #expect(draft.blocks.first?.type == .salutation)
        #expect(draft.blocks.first?.text.hasSuffix("：") == true)
        let order = draft.blocks.map { SpeechPart.allCases.firstIndex(of: $0.part)! }
        #expect(order == order.sorted(), "parts out of order")
        let template = try ComposeFixtures.store.template(for: occasion)
        let expected = Set(template.parts.map(\.name.speechPart))
        #expect(Set(draft.blocks.map(\.part)) == expected)
    }

    @Test(arguments: requests.filter { $0.0 != "致辞" })
    func theBodyHasTopLevelHeadingsNumberedInOrder(occasion: String, role: String) async throws {
        let headings = try await Self.draft(occasion, role).blocks.filter { $0.type == .heading && $0.level == 1 }
        #expect(headings.count >= 2)
        for (index, heading) in headings.enumerated() {
            #expect(heading.text.hasPrefix(ChineseNumeral.marker(level: 1, index: index + 1)))
        }
    }

    @Test(arguments: requests)
    func noParagraphIsRepeatedAndMostComeFromTheLibrary(occasion: String, role: String) async throws {
        let draft = try await Self.draft(occasion, role)
        let ids = draft.blocks.filter { $0.type == .paragraph }.compactMap(\.snippetId)
        #expect(Set(ids).count == ids.count)
        let texts = draft.blocks.filter { $0.type == .paragraph }.map(\.text)
        #expect(Set(texts).count == texts.count)
        // Marked gaps say what the library lacks; of the rest of the body, most is the library's.
        let body = draft.blocks.filter {
            $0.type == .paragraph && $0.part == .body && !$0.text.hasPrefix(FactSlots.open)
        }
        let fromLibrary = body.filter { $0.snippetId != nil }.count
        #expect(fromLibrary * 2 >= body.count, "\(fromLibrary) of \(body.count) body paragraphs from the library")
    }

    @Test(arguments: requests)
    func nothingOfTheSourcesLeaks(occasion: String, role: String) async throws {
        let draft = try await Self.draft(occasion, role)
        let text = ([draft.title, draft.byline ?? ""] + draft.blocks.map(\.text)).joined(separator: "\n")
        for leak in ComposeFixtures.leaks {
            #expect(!text.contains(leak), "“\(leak)” in the \(occasion) draft")
        }
        #expect(text.contains("天水"))
        #expect(text.contains("2026") || occasion == "座谈会")
    }

    @Test(arguments: ["局长", "厅长", "秘书长", "主任"])
    func onlyTheCitysOwnLeadersSpeakForTheCityGovernment(role: String) async throws {
        for occasion in ["总结表彰会", "工作部署会", "办公室系统会议"] {
            let draft = try await Self.draft(occasion, role)
            let cityGovernment = /我代表市政府(?!办公室)/
            #expect(!draft.blocks.contains { $0.text.contains(cityGovernment) })
            let speaksFor = ComposeFixtures.role(role).speaksFor
            #expect(draft.blocks.contains { $0.text.contains("我代表\(speaksFor)") })
        }
    }

    @Test func onlyASpeakerWhoFollowsOthersSaysHeSpeaksAgain() async throws {
        func transitions(_ role: String) async throws -> [String] {
            var texts: [String] = []
            for seed: UInt64 in 1...8 {
                texts += try await Self.draft("办公室系统会议", role, seed: seed).blocks
                    .filter { $0.part == .transition }.map(\.text)
            }
            return texts
        }
        #expect(try await transitions("秘书长").allSatisfy { !$0.contains("我再") })
        #expect(try await transitions("市长").contains { $0.contains("我再讲") })
    }

    @Test func theSameSeedGivesTheSameDraftAndOthersDiffer() async throws {
        let first = try await Self.draft("工作部署会", "局长", seed: 7)
        #expect(try await Self.draft("工作部署会", "局长", seed: 7) == first)
        var others: [Draft] = []
        for seed: UInt64 in 8...11 { others.append(try await Self.draft("工作部署会", "局长", seed: seed)) }
        #expect(others.allSatisfy { $0 != first })
        #expect(Set(others.map { $0.blocks.map(\.text).joined() }).count > 1)
    }

    @Test func placeholdersAreReportedWhereTheyAre() async throws {
        let draft = try await Self.draft("工作部署会", "局长", region: nil)
        for block in draft.blocks {
            #expect(block.placeholders == Slot.placeholders(in: block.text))
        }
        #expect(draft.placeholders.contains("{姓名}"))
        #expect(draft.placeholders.contains("{地区}"))
        #expect(!draft.blocks.contains { $0.text.contains("平凉") })
    }

    @Test func theOfficeAndRegionFillTheSlots() async throws {
        let draft = try await Self.draft("工作部署会", "局长", org: "天水市住房和城乡建设局")
        #expect(draft.byline?.hasPrefix("天水市住房和城乡建设局局长") == true)
        #expect(!draft.placeholders.contains("{单位}"))
        #expect(!draft.placeholders.contains("{年份}"))
    }

    @Test func aSetGivesTheSubHeadings() async throws {
        let draft = try await Self.draft("办公室系统会议", "秘书长")
        let headings = draft.blocks.filter { $0.type == .heading }.map(\.text)
        #expect(headings.contains { $0.contains("“四种精神”") })
        #expect(headings.contains("（一）认真负责的精神"))
        #expect(headings.contains("（四）开拓创新的精神"))
    }

    @Test(arguments: 1...4 as ClosedRange<UInt64>)
    func eachSetItemTakesTheParagraphThatStoodUnderIt(seed: UInt64) async throws {
        let draft = try await Self.draft("办公室系统会议", "秘书长", seed: seed)
        let set = try #require(draft.blocks.firstIndex { $0.type == .heading && $0.text.contains("“四种精神”") })
        var itemHeadings: [Int] = []
        for item in ComposeFixtures.setItems {
            let core = try #require(MarkerTable.headingCore(item.headingPath.last!))
            let heading = try #require(
                draft.blocks.firstIndex { $0.type == .heading && $0.level == 2 && $0.text.hasSuffix(core) })
            #expect(draft.blocks[heading + 1].snippetId == item.id, "under \(draft.blocks[heading].text)")
            itemHeadings.append(heading)
        }
        #expect(itemHeadings == itemHeadings.sorted() && itemHeadings.first! > set)
        // The section's lead, before its first item, takes none of the items' own paragraphs.
        let own = Set(ComposeFixtures.setItems.map(\.id))
        #expect(!draft.blocks[set..<itemHeadings[0]].contains { $0.snippetId.map(own.contains) == true })
    }

    @Test func aTemplateWithMuchFixedTextStillTakesMostParagraphsFromTheLibrary() async throws {
        let yaml = """
            occasion: 长开场会
            title: 在{会议名称}上的讲话
            parts:
              - salutation
              - opening: [第一段。, 第二段。, 第三段。, 第四段。]
              - transition: 下面，我讲{要点数}点意见。
              - body:
                  - heading: 加强督查，狠抓落实
                    themes: [督查落实]
                    paragraphs: 1
                  - heading: 改进作风，提高效率
                    themes: [作风建设]
                    paragraphs: 1
              - closing: [同志们，谢谢大家！]
            """
        let template = try TemplateLoader(knownThemes: ComposeFixtures.themes).load(yaml: yaml, file: "长开场会.yaml")
        let store = TemplateStore(templates: [template], roles: ComposeFixtures.store.roles)
        let composer = ComposeFixtures.composer(store: store)
        let draft = try await composer.compose(DraftRequest(occasion: "长开场会", role: "市长", region: "天水市", year: 2026))
        // Two sections of one paragraph each, and more for the six fixed paragraphs.
        let paragraphs = draft.blocks.filter { $0.type == .paragraph && !$0.text.hasPrefix(FactSlots.open) }
        #expect(paragraphs.filter { $0.snippetId != nil }.count >= 4)
        #expect(paragraphs.filter { $0.snippetId == nil }.count == 6)
    }

    @Test func anEmptyLibraryLeavesMarkedGapsNotACrash() async throws {
        let draft = try await Self.draft("总结表彰会", "市长", catalog: InMemorySnippetCatalog([]))
        #expect(draft.blocks.filter { $0.type == .heading && $0.level == 1 }.count == 3)
        #expect(draft.blocks.contains { $0.text.hasPrefix(FactSlots.open) })
        #expect(!draft.shortages.isEmpty)
    }

    @Test func theJSONShapeFollowsCLImd() async throws {
        let draft = try await Self.draft("总结表彰会", "市长")
        let data = try JSONEncoder().encode(draft)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["occasion"] as? String == "总结表彰会")
        #expect(object["role"] as? String == "市长")
        #expect((object["placeholders"] as? [String])?.contains("{姓名}") == true)
        let blocks = try #require(object["blocks"] as? [[String: Any]])
        #expect(blocks.first?["snippetId"] is NSNull)
        #expect(blocks.contains { $0["snippetId"] is NSNumber })
        #expect(try JSONDecoder().decode(Draft.self, from: data) == draft)
    }

    @Test func theMarkdownReadsAsASpeech() async throws {
        let draft = try await Self.draft("办公室系统会议", "秘书长")
        let markdown = MarkdownRenderer().render(draft)
        #expect(markdown.hasPrefix("# 在"))
        #expect(markdown.contains("\n同志们：\n"))
        #expect(markdown.contains("\n## 一、"))
        #expect(markdown.contains("\n### （一）"))
        #expect(MarkdownRenderer(includeSources: true).render(draft).contains("[^1]:"))
    }
}
