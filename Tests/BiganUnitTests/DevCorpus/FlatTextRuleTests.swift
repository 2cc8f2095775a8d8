import Testing

@testable import BiganOutline

/// Rule: in a text saved as one line (no breaks, or paragraphs separated only by U+3000U+3000),
/// paragraphs and headings come from sentence boundaries and from markers that open a sentence and
/// carry bodies of their own, not from enumerations inside a sentence; the title, date, speaker and
/// salutation glued to the first sentence and captions glued before a heading are split off.
@Suite struct FlatTextRuleTests {
    static func headings(_ document: ParsedDocument) -> [String] {
        document.speeches.flatMap(\.blocks).filter { $0.type == .heading }.map { "H\($0.level ?? 0) \($0.text)" }
    }

    static func paragraphs(_ document: ParsedDocument) -> [String] {
        document.speeches.flatMap(\.blocks).filter { $0.type == .paragraph }.map(\.text)
    }

    @Test func anUnbrokenLineKeepsListsThatCarryBodiesAndDropsInlineOnes() throws {
        let document = try ParseFixtures.parse("flat-unbroken.txt")
        #expect(
            Self.headings(document) == [
                "H1 一、充分认识科技创新的重大意义", "H2 第一，要提高思想认识。", "H2 第二，要加强统筹协调。", "H1 二、扎实推进重点任务落实",
                "H2 第一，要加大投入力度。", "H2 第二，要深化体制改革。", "H2 第三，要优化创新生态。",
            ])
        let speech = try #require(document.speeches.first)
        #expect(speech.blocks.first?.type == .salutation)
        #expect(speech.blocks.first?.text == "女士们，先生们，同志们：")
        let paragraphs = Self.paragraphs(document)
        #expect(paragraphs.contains { $0.hasPrefix("当前，新一轮科技革命") })
        #expect(paragraphs.contains { $0.hasPrefix("我们要以钉钉子精神") && $0.contains("一是加强基础研究。二是突破关键技术。") })
        #expect(BoilerplateRuleTests.leaks(in: document).isEmpty, "\(BoilerplateRuleTests.leaks(in: document))")
    }

    @Test func separatedParagraphsKeepTheirFrontMatterApart() throws {
        let document = try ParseFixtures.parse("flat-news.txt")
        let speech = try #require(document.speeches.first)
        #expect(speech.title == "在全市城市更新工作会议上的讲话")
        #expect(speech.blocks.first?.text == "同志们：")
        #expect(Self.headings(document) == ["H1 一、关于城市更新的形势", "H1 二、关于今年的重点任务"])
        #expect(!Self.paragraphs(document).contains { $0.contains("李志远") })
        #expect(BoilerplateRuleTests.leaks(in: document).isEmpty, "\(BoilerplateRuleTests.leaks(in: document))")
    }

    @Test func aTitleDateAndSpeakerGluedToTheSalutationGoApart() throws {
        let document = try ParseFixtures.parse("flat-titled.txt")
        let speech = try #require(document.speeches.first)
        #expect(speech.title == "勇立潮头 共创未来——在国际合作论坛开幕式上的致辞")
        #expect(speech.blocks.first?.text == "尊敬的各位来宾，女士们，先生们：")
        #expect(Self.headings(document) == ["H1 第一，坚持开放合作。", "H1 第二，坚持创新驱动。", "H1 第三，坚持共享发展。"])
        #expect(Self.paragraphs(document).first?.hasPrefix("很高兴同大家相聚") == true)
    }

    @Test func aPartWhoseBodyIsANestedListIsStillAPart() {
        let text =
            "同志们：今天我讲两个问题。一、关于当前形势当前形势总体很好。第一，经济持续回升向好。各项指标稳中有进。第二，民生保障更加有力。"
            + "就业形势总体稳定。二、关于下一步工作我们要坚定信心。第一，要抓好项目建设。要加快项目进度。第二，要优化营商环境。要持续深化改革。"
        let headings = shape(outline(text).speeches[0]).filter { $0.hasPrefix("H") }
        #expect(
            headings == [
                "H1 一、关于当前形势", "H2 第一，经济持续回升向好。", "H2 第二，民生保障更加有力。", "H1 二、关于下一步工作", "H2 第一，要抓好项目建设。",
                "H2 第二，要优化营商环境。",
            ])
    }

    @Test func anAddressBetweenListsOfASpeechWithoutSectionsStartsAgainAtTheTop() {
        let body = "要提高认识，狠抓落实。各级干部要带头示范。"
        let text =
            "同志们：这次会议很重要。一是思想认识明显提高。" + body + "二是工作作风明显改进。" + body + "同志们！我们要再接再厉。这里，我强调几点。"
            + "第一，要坚定理想信念。" + body + "第二，要勇于担当作为。" + body
        let headings = shape(outline(text).speeches[0]).filter { $0.hasPrefix("H") }
        #expect(headings == ["H1 一是思想认识明显提高。", "H1 二是工作作风明显改进。", "H1 第一，要坚定理想信念。", "H1 第二，要勇于担当作为。"])
    }

    @Test(.enabled(if: DevCorpus.shouldRun), arguments: ["d18", "d19", "d20", "d21"])
    func labelledSpeechesFindTheirHeadingsAndParagraphs(_ prefix: String) throws {
        let stem = try DevCorpus.stem(prefix)
        let gold = try DevCorpus.gold(stem)
        let document = try DevCorpus.parse(stem)
        let match = GoldMatch(gold: gold, document: document)
        #expect(match.missed.isEmpty, "\(stem) missed \(match.missed.map(\.prefix))")
        #expect(match.falsePositives.isEmpty, "\(stem) false positives \(match.falsePositives.map(\.text))")
        #expect(match.wrongLevels.isEmpty, "\(stem) levels \(match.wrongLevels.map(\.gold.prefix))")
        let paragraphs = Self.paragraphs(document).map(ScorerText.normalized)
        for start in gold.paragraphStarts {
            #expect(
                paragraphs.contains { $0.hasPrefix(ScorerText.normalized(start)) },
                "\(stem): no paragraph starts \(start)")
        }
        if let salutation = gold.salutation {
            #expect(
                document.speeches.first?.blocks.first { $0.type == .salutation }?.text.hasPrefix(salutation) == true)
        }
    }

    @Test(.enabled(if: DevCorpus.shouldRun)) func unlabelledSpeechesByEye() throws {
        let shenzhen = Self.headings(try DevCorpus.parse(try DevCorpus.stem("d22")))
        #expect(shenzhen.count == 6 && shenzhen.allSatisfy { $0.hasPrefix("H1 第") }, "\(shenzhen)")
        let summit = try DevCorpus.parse(try DevCorpus.stem("d23"))
        #expect(summit.speeches.first?.title?.hasPrefix("勠力战疫") == true)
        #expect(summit.speeches.first?.blocks.first?.text == "尊敬的萨勒曼国王，各位同事：")
        #expect(Self.headings(summit).count == 8)
        let qiushi = try DevCorpus.parse(try DevCorpus.stem("d24"))
        #expect(qiushi.speeches.first?.title == "全面提高依法防控依法治理能力健全国家公共卫生应急管理体系")
        #expect(Self.headings(qiushi).map { String($0.prefix(5)) } == ["H1 第一", "H1 第二", "H1 第三", "H1 第四", "H1 第五"])
        let news = try DevCorpus.parse(try DevCorpus.stem("d25"))
        #expect(Self.headings(news).isEmpty)
        #expect(news.speeches.first?.blocks.first?.text.hasPrefix("在第七个国家扶贫日到来之际") == true)
    }
}
