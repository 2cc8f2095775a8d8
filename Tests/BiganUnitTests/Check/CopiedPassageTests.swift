import Foundation
import Testing

@testable import BiganCheck
@testable import BiganLibrary
@testable import BiganSQLite
@testable import BiganThemes

/// Copied passages: found through the index, aligned exactly, the checked file itself left out.
@Suite struct CopiedPassageTests {
    /// A store that counts what a check asks of it, and otherwise is the SQLite store it wraps.
    final class CountingStore: SnippetStore, @unchecked Sendable {
        let store: SQLiteStore
        private let lock = NSLock()
        private var counts = (phrases: 0, passages: 0)

        /// How many phrases the index was asked for, and how many snippets were read.
        var asked: (phrases: Int, passages: Int) { lock.withLock { counts } }

        init(_ store: SQLiteStore) { self.store = store }

        var location: String { store.location }
        func storedContentHashes() async throws -> [String: Data] { try await store.storedContentHashes() }
        func withImportWriter<T: Sendable>(_ body: @Sendable (any ImportWriter) async throws -> T) async throws -> T {
            try await store.withImportWriter(body)
        }
        func removeSource(path: String) async throws -> Bool { try await store.removeSource(path: path) }
        func retag(with annotator: ThemeAnnotator) async throws -> RetagCounts {
            try await store.retag(with: annotator)
        }
        func unannotatedCount() async throws -> Int { try await store.unannotatedCount() }
        func search(_ query: SearchQuery) async throws -> [SnippetHit] { try await store.search(query) }
        func snippets(theme: String?, kind: SnippetKind?, limit: Int) async throws -> [SnippetHit] {
            try await store.snippets(theme: theme, kind: kind, limit: limit)
        }
        func themeCounts() async throws -> [ThemeCount] { try await store.themeCounts() }
        func detail(id: Int64) async throws -> SnippetDetail? { try await store.detail(id: id) }
        func stats() async throws -> LibraryStats { try await store.stats() }
        func close() async throws { try await store.close() }

        func passageIDs(containing phrases: [String], limit: Int) async throws -> [[LibraryPassage.ID]] {
            lock.withLock { counts.phrases += phrases.count }
            return try await store.passageIDs(containing: phrases, limit: limit)
        }

        func passages(ids: [LibraryPassage.ID]) async throws -> [LibraryPassage] {
            lock.withLock { counts.passages += Set(ids).count }
            return try await store.passages(ids: ids)
        }
    }

    static let copiedParagraph =
        "　　各级各部门始终坚持人民至上、生命至上，把安全生产摆在更加突出的位置，层层压实安全生产责任，扎实开展隐患排查治理，全力防范化解重大安全风险。"

    @Test func onlyTheSnippetsTheIndexFindsAreCompared() async throws {
        let folder = try TemporaryFolder()
        for number in 0..<60 {
            try folder.write(
                "others/\(number).txt",
                "同志们：\n　　第\(number)号文件要求，各单位要认真学习贯彻会议精神，结合实际抓好落实，确保取得实效。编号\(number)。\n")
        }
        try folder.write("others/source.txt", "同志们：\n\(Self.copiedParagraph)\n")
        let library = CountingStore(try await CheckFixtures.makeLibrary([folder.path("others")]))
        let report = try await CheckFixtures.check(
            "同志们：\n\(Self.copiedParagraph)\n　　今年，我们要在新的起点上奋勇争先，推动各项工作迈上新台阶。\n", library: library)
        let copied = report.findings.filter { $0.kind == .copied }
        #expect(copied.count == 1)
        #expect(copied.first?.source?.file.hasSuffix("source.txt") == true)
        #expect(library.asked.passages <= 2, "compared with every snippet?")
        #expect(library.asked.phrases > 0)
    }

    @Test func anotherSourcesFigureIsStaleButANationalTargetIsNot() async throws {
        let folder = try TemporaryFolder()
        try folder.write(
            "others/qinghai.txt",
            "同志们：\n　　今年发展主要预期目标是：城镇调查失业率5.5%左右；居民消费价格涨幅2%左右。"
                + "去年发放就业补助资金12.19亿元，城镇新增就业6.95万人。\n")
        let library = try await CheckFixtures.makeLibrary([folder.path("others")])
        let report = try await CheckFixtures.check(
            "同志们：\n　　今年全市城镇调查失业率5.5%左右，居民消费价格涨幅2%左右，城镇新增就业6.95万人。\n",
            library: library)
        #expect(report.findings.filter { $0.kind == .figure }.map(\.text) == ["6.95万人"])
    }

    @Test func theCheckedFileItselfIsNotALibrarySource() async throws {
        let folder = try TemporaryFolder()
        let text = "同志们：\n\(Self.copiedParagraph)\n"
        let path = try folder.write("mine.txt", text)
        let library = try await CheckFixtures.makeLibrary([path])
        let speech = try CheckedSpeechReader().read(path: path)
        let own = try await CheckFixtures.checker.check(speech, request: CheckFixtures.tianshui, library: library)
        #expect(own.copiedShare == 0 && own.findings.isEmpty, "\(own.findings)")
        // The same bytes under another name are the same file too.
        let copy = try folder.write("copy.txt", text)
        let same = try await CheckFixtures.checker.check(
            try CheckedSpeechReader().read(path: copy), request: CheckFixtures.tianshui, library: library)
        #expect(same.copiedShare == 0)
        // An edited copy is not: its unchanged paragraph is copied.
        let edited = try folder.write("edited.txt", text + "　　今年要再接再厉。\n")
        let other = try await CheckFixtures.checker.check(
            try CheckedSpeechReader().read(path: edited), request: CheckFixtures.tianshui, library: library)
        #expect(other.findings.filter { $0.kind == .copied }.count == 1)
    }

    @Test func aRunShorterThanMinRunIsNotCopied() async throws {
        let library = try await CheckFixtures.library.value
        let text = "同志们：\n　　我们始终坚持人民至上、生命至上，努力做好各项工作。\n"
        let report = try await CheckFixtures.check(text, library: library)
        #expect(report.findings.filter { $0.kind == .copied }.isEmpty)
        let short = CheckRequest(region: "天水市", year: 2026, speaker: CheckFixtures.speaker("市长"), minRun: 8)
        let found = try await CheckFixtures.check(text, request: short, library: library)
        #expect(found.findings.filter { $0.kind == .copied }.map(\.text) == ["始终坚持人民至上、生命至上"])
    }
}
