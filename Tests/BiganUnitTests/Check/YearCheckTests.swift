import Testing

@testable import BiganCheck

/// Years in a 2026 speech: which are left over, which are right.
@Suite struct YearCheckTests {
    static let stale: [String] = [
        "　　20xx年，全市经济社会发展中大事多、喜事多。",
        "　　２０ｘｘ年是关键之年。",
        "　　今年是2025年，我们要抓好三件大事。",
        "　　去年即2023年，全市地区生产总值稳步增长。",
        "　　2025年全市工作要点已经印发，各地要抓好落实。",
        "　　2025年即将过去，我们要做好岁末年初各项工作。",
        "　　明年也就是2028年，要全面完成规划任务。",
        "　　这次2025年全市安全生产工作会议，主要任务是部署工作。",
        "　　要确保2025年底前全部完成改造任务。",
        "　　2024年工作回顾。",
        "　　2025年是“十五五”开局之年，也是关键一年。",
        "　　2024年是“十四五”收官之年。",
    ]

    static let right: [String] = [
        "　　2026年是“十五五”开局之年。",
        "　　去年即2025年，全市地区生产总值稳步增长。",
        "　　2025年，全市上下攻坚克难，取得了来之不易的成绩。",
        "　　2025年是“十四五”收官之年，2026年是“十五五”开局之年。",
        "　　到2035年，基本实现社会主义现代化。",
        "　　力争2027年底前全面完成改造任务。",
        "　　2020年以来，我们持续用力，久久为功。",
        "　　按照2025年全市经济工作会议的部署，我们扎实推进各项工作。",
        "　　2025年底前已全部完成改造任务。",
        "　　2025年工作回顾。",
        "　　明年即2027年，要全面完成规划任务。",
        "　　1978年，党的十一届三中全会开启了改革开放。",
        "　　2025年是“十四五”收官之年，是天水发展历程中很不平凡的一年。",
        "　　2021年是“十四五”开局之年，我们开好了局、起好了步。",
    ]

    @Test(arguments: stale)
    func aLeftoverYearIsStale(text: String) async throws {
        let found = try await CheckFixtures.findings(text, kinds: [.year])
        #expect(found.count == 1, "\(found)")
    }

    @Test(arguments: right)
    func aRightYearIsNot(text: String) async throws {
        let found = try await CheckFixtures.findings(text, kinds: [.year])
        #expect(found.isEmpty, "\(found)")
    }

    @Test func theMeetingOfTheTitleIsThisYears() async throws {
        let report = try await CheckFixtures.check("在2025年全市安全生产工作会议上的讲话\n同志们：\n　　今天召开会议。\n")
        #expect(report.findings.map(\.kind) == [.year])
        #expect(report.findings.first?.line == 1)
        #expect(report.findings.first?.why.contains("2026") == true)
    }

    @Test func withoutAYearOnlyPlaceholdersAreStale() async throws {
        let found = try await CheckFixtures.findings(
            "　　今年是2025年，20xx年要抓好三件大事。", request: CheckRequest(region: "天水市"), kinds: [.year])
        #expect(found.map(\.text) == ["20xx年"])
    }
}
