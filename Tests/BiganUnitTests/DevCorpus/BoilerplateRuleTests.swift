import Foundation
import Testing

@testable import BiganOutline

/// Rule: boilerplate goes wherever it stands: licence footers in every form, newspaper datelines
/// and page stamps, portal chrome and photo captions; a widget or a caption is never the title.
@Suite struct BoilerplateRuleTests {
    /// What must never survive parsing, in any block or title.
    static let leakPattern = try! NSRegularExpression(
        pattern:
            #"记者\s*\S{1,4}\s*/?\s*摄|新华社[\p{Han}]{0,10}\d+月\d+日电|《\s*人民日报\s*》|\d+\s*版\s*）|【字号|^(全屏|加大|还原|减小|下载|打印|收藏)$|相关报道：|^来源：|编辑：|^时间：|本作品|這部作品|这部作品在|公有领域|公有領域|Public domain|^false$|维基文库|維基文庫|※|^↑$|CPC \d|分享到|扫一扫"#,
        options: [.anchorsMatchLines])

    static func leaks(in document: ParsedDocument) -> [String] {
        let texts = document.speeches.flatMap { speech in [speech.title ?? ""] + speech.blocks.map(\.text) }
        return texts.filter { text in
            leakPattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
        }
    }

    @Test(arguments: ["portal-page.txt", "wiki-footers.txt", "wiki-footer-traditional.txt", "party-footer.txt"])
    func fixturesLoseTheirBoilerplate(_ name: String) throws {
        let document = try ParseFixtures.parse(name)
        #expect(Self.leaks(in: document).isEmpty, "\(Self.leaks(in: document))")
        #expect(document.speeches.count == 1)
        let headings = document.speeches.flatMap(\.blocks).filter { $0.type == .heading }
        #expect(!headings.isEmpty)
    }

    @Test func scrapsAPageLeavesBeforeTheTitleMakeNoSpeech() throws {
        let document = try ParseFixtures.parse("portal-scraps.txt")
        #expect(document.speeches.count == 1)
        #expect(document.speeches.first?.title == "2025年临川市政府工作报告")
        #expect(document.speeches.first?.blocks.first?.type == .salutation)
    }

    @Test func linesBeforeTheSalutationAreNeverHeadings() {
        let text = """
            政府工作报告
            会议现场。这是一段未能识别的图片说明。
            省长 王明远
            各位代表：
            现在，我代表省人民政府向大会报告工作，请予审议。
            一、过去一年的工作
            过去一年，全省经济运行稳中有进，主要目标任务圆满完成，民生福祉持续增进。
            """
        let headings = shape(outline(text).speeches[0]).filter { $0.hasPrefix("H") }
        #expect(headings == ["H1 一、过去一年的工作"])
    }

    @Test func aWidgetOrACaptionIsNeverTheTitle() throws {
        #expect(try ParseFixtures.parse("portal-page.txt").speeches.first?.title == "2025年临川市政府工作报告")
    }

    @Test(.enabled(if: DevCorpus.shouldRun)) func labelledLeakStringsAreGone() throws {
        for stem in try DevCorpus.labelledStems() {
            let gold = try DevCorpus.gold(stem)
            let texts = try DevCorpus.parse(stem).speeches.flatMap(\.blocks).map { ScorerText.normalized($0.text) }
            for leak in gold.mustNotAppear {
                let key = ScorerText.normalized(leak)
                #expect(!texts.contains { $0.contains(key) }, "\(stem): \(leak) survives")
            }
        }
    }

    @Test(.enabled(if: DevCorpus.shouldRun)) func noDocumentKeepsBoilerplate() throws {
        for stem in try DevCorpus.stems() {
            let leaks = Self.leaks(in: try DevCorpus.parse(stem))
            #expect(leaks.isEmpty, "\(stem): \(leaks.map { String($0.prefix(40)) })")
        }
    }
}
