import Foundation
import Testing

@testable import BiganCheck
@testable import BiganLibrary

/// The fixture speech adapted from 平凉市's to 天水市's with one leftover of every kind, and its clean
/// twin, each read as .txt and as .docx.
@Suite struct SeededSpeechTests {
    /// What the seeded speech holds, by kind: its line and the text as written.
    static let expected: [FindingKind: (line: Int, text: String)] = [
        .placeholder: (2, "{姓名}"),
        .person: (4, "张副市长"),
        .figure: (6, "12.5%"),
        .place: (6, "平凉市"),
        .copied: (7, "各级各部门始终坚持人民至上、生命至上，把安全生产摆在更加突出的位置，层层压实安全生产责任"),
        .year: (9, "2025年"),
        .level: (9, "我区"),
        .punctuation: (10, "要加强领导,压实责任。安"),
        .numbering: (11, "四、"),
        .repeat: (12, "安全生产是高质量发展的底线和红线。"),
    ]

    @Test(arguments: CheckFixtures.Format.allCases)
    func theSeededSpeechHasOneFindingOfEveryKind(format: CheckFixtures.Format) async throws {
        let library = try await CheckFixtures.library.value
        let report = try await CheckFixtures.check(CheckFixtures.text("seeded.txt"), as: format, library: library)
        let found = Dictionary(grouping: report.findings, by: \.kind)
        for kind in FindingKind.allCases {
            let findings = found[kind] ?? []
            #expect(findings.count == 1, "\(kind): \(findings)")
            guard let finding = findings.first, let wanted = Self.expected[kind] else { continue }
            #expect(finding.line == wanted.line, "\(kind)")
            #expect(finding.text == wanted.text, "\(kind)")
            #expect(!finding.why.isEmpty)
        }
        let copied = try #require(found[.copied]?.first)
        #expect(copied.source?.file.hasSuffix("平凉市安全生产工作会议讲话.txt") == true)
        #expect(copied.source?.line == 11)
        #expect(found[.figure]?.first?.source?.line == 9)
        #expect(report.summary.stale == 4 && report.summary.confirm == 1 && report.summary.gaps == 1)
        #expect(report.exitStatus(final: false) == 1)
        #expect(report.summary.skipped.isEmpty)
    }

    @Test(arguments: CheckFixtures.Format.allCases)
    func theCleanSpeechHasNoFinding(format: CheckFixtures.Format) async throws {
        let library = try await CheckFixtures.library.value
        let report = try await CheckFixtures.check(CheckFixtures.text("clean.txt"), as: format, library: library)
        #expect(report.findings.isEmpty, "\(report.findings)")
        #expect(report.copiedShare == 0)
        #expect(report.exitStatus(final: true) == 0)
    }

    @Test func theCopiedShareIsCopiedHanCharactersOverAllOfThem() async throws {
        let library = try await CheckFixtures.library.value
        let report = try await CheckFixtures.check(CheckFixtures.text("seeded.txt"), library: library)
        let speechHan = CheckFixtures.text("seeded.txt").filter(\.isHan).count
        let copied = Self.expected[.copied]!.text.filter(\.isHan).count
        #expect(report.summary.hanCharacters == speechHan)
        #expect(report.summary.copiedCharacters == copied)
        #expect(abs(report.copiedShare - Double(copied) / Double(speechHan)) < 0.001)
    }

    @Test func withoutRegionOrYearTheirChecksAreSkippedAndSaidSo() async throws {
        let report = try await CheckFixtures.check(CheckFixtures.text("seeded.txt"), request: CheckRequest())
        let skipped = Set(report.summary.skipped.map(\.kind))
        #expect(skipped == [.place, .year, .level, .copied])
        #expect(!report.findings.contains { $0.kind == .place || $0.kind == .level || $0.kind == .copied })
        #expect(report.findings.filter { $0.kind == .year }.isEmpty)
        #expect(report.findings.contains { $0.kind == .placeholder })
    }

    @Test func aGapFailsOnlyAFinalCheck() async throws {
        let report = try await CheckFixtures.check("同志们：\n　　今年要抓好{重点工作}。\n")
        #expect(report.summary.gaps == 1 && report.summary.stale == 0)
        #expect(report.exitStatus(final: false) == 0)
        #expect(report.exitStatus(final: true) == 1)
    }
}
