import Foundation
import Testing

@testable import BiganCompose
@testable import BiganOutline
@testable import BiganSQLite
@testable import BiganThemes

/// The writer steers a draft: `--org` chooses its subject matter, `--outline` its headings, and
/// `--exclude-source` / `--prefer-source` which 范文 it avoids or leans on. On a library of
/// real speeches imported as `bigan import` does: bureau speeches of 住建 and 应急管理, city
/// speeches on work and on safety, and the seed.
@Suite struct DraftSteeringTests {
    static let housing = "starter/02_总结表彰会_局长.txt"
    static let emergency = "starter/04_工作部署会_局长.txt"
    static let mayorsSafety = "starter/15_安全生产工作会议_市长.txt"
    static let deputysSafety = "starter/16_安全生产工作会议_副市长.txt"

    static let library = Shared<SQLiteStore> {
        try await AnnotatedCatalog.imported([
            housing, emergency, "starter/14_党风廉政建设工作会议_局长.txt", "starter/24_推进会_局长.txt",
            "starter/03_工作部署会_市长.txt", mayorsSafety, deputysSafety, "000_e5d90ddf2f1f2905.txt",
        ])
    }

    static func draft(
        _ occasion: String, _ role: String, org: String? = nil, seed: UInt64 = 1, outline: WriterOutline? = nil,
        excluded: [String] = [], preferred: [String] = []
    ) async throws -> Draft {
        try await ComposeFixtures.composer(try await library.value).compose(
            DraftRequest(
                occasion: occasion, role: role, org: org, region: "天水市", year: 2026, seed: seed, outline: outline,
                excludedSources: excluded, preferredSources: preferred))
    }

    static func bodyParagraphs(_ draft: Draft) -> [DraftBlock] {
        draft.blocks.filter { $0.part == .body && $0.type == .paragraph && $0.snippetId != nil }
    }

    static func count(from file: String, in drafts: [Draft]) -> Int {
        drafts.flatMap(bodyParagraphs).filter { $0.source?.file.hasSuffix(file) == true }.count
    }

    // MARK: --org

    @Test func theOfficeChangesTheBodyAndLeansItToItsOwnWork() async throws {
        var housingDrafts: [Draft] = []
        var emergencyDrafts: [Draft] = []
        for seed: UInt64 in 1...3 {
            let housingDraft = try await Self.draft("工作部署会", "局长", org: "天水市住房和城乡建设局", seed: seed)
            let emergencyDraft = try await Self.draft("工作部署会", "局长", org: "天水市应急管理局", seed: seed)
            #expect(
                Self.bodyParagraphs(housingDraft).map(\.snippetId)
                    != Self.bodyParagraphs(emergencyDraft).map(\.snippetId))
            housingDrafts.append(housingDraft)
            emergencyDrafts.append(emergencyDraft)
        }
        // Each office's drafts draw more on its own bureau's speech than on the other's.
        #expect(Self.count(from: Self.housing, in: housingDrafts) > Self.count(from: Self.emergency, in: housingDrafts))
        #expect(
            Self.count(from: Self.emergency, in: emergencyDrafts) > Self.count(from: Self.housing, in: emergencyDrafts))
        // A paragraph about another office's own work stays in that office's speeches.
        for paragraph in housingDrafts.flatMap(Self.bodyParagraphs) {
            let lead = SnippetScorer.firstSentence(of: paragraph.text)
            #expect(!["应急管理工作", "应急管理系统", "应急管理部门"].contains { lead.contains($0) }, "\(lead)")
        }
    }

    // MARK: --outline

    /// A 提纲 as a leader hands it down: three levels of markers, the writer's own words.
    static let outline = """
        一、提高政治站位，深刻认识做好安全生产工作的极端重要性
        （一）坚持人民至上、生命至上
        （二）统筹发展和安全
        二、聚焦重点行业领域，扎实开展隐患排查整治
        （一）道路交通和消防安全
        （二）建筑施工和城镇燃气安全
        1.老旧燃气管网更新改造
        2.瓶装液化气安全管理
        三、压紧压实安全生产责任，确保各项措施落到实处
        """

    static func writerOutline() throws -> WriterOutline {
        let folder = try TemporaryFolder()
        return WriterOutline(try SpeechReader().read(path: try folder.write("提纲.txt", outline)))
    }

    @Test func theOutlineIsReadWithItsLevels() throws {
        let headings = try Self.writerOutline().headings
        #expect(headings.map(\.text) == Self.outline.split(separator: "\n").map(String.init))
        #expect(headings.map(\.level) == [1, 2, 2, 1, 2, 2, 3, 3, 1])
    }

    @Test(arguments: [("安全生产工作会议", "市长"), ("工作部署会", "局长")])
    func theOutlineKeepsTheWritersHeadingsInTheirOrder(occasion: String, role: String) async throws {
        let outline = try Self.writerOutline()
        let draft = try await Self.draft(occasion, role, outline: outline)
        let headings = draft.blocks.filter { $0.type == .heading }
        #expect(headings.map(\.text) == outline.headings.map(\.text))
        #expect(headings.map(\.level) == outline.headings.map(\.level))
        // Every heading without headings under it is filled: a library paragraph or a marked gap.
        for (index, block) in draft.blocks.enumerated() where block.type == .heading {
            guard let next = draft.blocks.dropFirst(index + 1).first,
                next.type != .heading || next.level! <= block.level!
            else { continue }
            #expect(next.type == .paragraph && next.part == .body, "nothing under \(block.text)")
        }
        // The occasion still gives the opening, transition and closing, counting the writer's three parts.
        #expect(draft.blocks.first?.type == .salutation)
        #expect(draft.blocks.contains { $0.part == .transition && $0.text.contains("三") })
        #expect(draft.blocks.last?.part == .closing)
    }

    // MARK: --exclude-source, --prefer-source

    @Test func anExcludedSourceGivesNothingAndAPreferredOneMore() async throws {
        var plain: [Draft] = []
        var excluded: [Draft] = []
        var preferred: [Draft] = []
        for seed: UInt64 in 1...4 {
            plain.append(try await Self.draft("安全生产工作会议", "市长", seed: seed))
            excluded.append(try await Self.draft("安全生产工作会议", "市长", seed: seed, excluded: [Self.deputysSafety]))
            preferred.append(try await Self.draft("安全生产工作会议", "市长", seed: seed, preferred: [Self.mayorsSafety]))
        }
        // The deputy mayor's safety speech is the one the plain drafts draw on most; excluded, it gives
        // nothing, not even an alternative.
        #expect(Self.count(from: Self.deputysSafety, in: plain) > Self.count(from: Self.mayorsSafety, in: plain))
        #expect(Self.count(from: Self.deputysSafety, in: excluded) == 0)
        let deputys = Set(
            plain.flatMap(Self.bodyParagraphs).filter { $0.source?.file.hasSuffix(Self.deputysSafety) == true }
                .compactMap(\.snippetId))
        #expect(!excluded.flatMap(\.blocks).flatMap(\.alternatives).contains { deputys.contains($0.snippetId) })
        // The mayor's own, preferred, gives more than it does unasked.
        #expect(Self.count(from: Self.mayorsSafety, in: preferred) > Self.count(from: Self.mayorsSafety, in: plain))
    }
}
