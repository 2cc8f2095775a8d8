import Testing

@testable import BiganCheck

/// Self-references of another level or voice: 我区 in a city's speech, 我局 in a 市长's.
@Suite struct LevelCheckTests {
    @Test func anotherLevelsSelfReferenceIsStale() async throws {
        let found = try await CheckFixtures.findings("　　我区安全生产形势平稳，全县上下要再接再厉。", kinds: [.level])
        #expect(found.map(\.text) == ["我区", "全县上下"])
    }

    @Test func theSpeechesOwnLevelAndTheLevelsAboveItAreNot() async throws {
        let found = try await CheckFixtures.findings(
            "　　我市要在全省率先突破，全市上下要落实我省的部署，自治区和经济区的经验也要学习。"
                + "各县区要确定本区域、本县域的重点片区，遵循基本市场规律。", kinds: [.level])
        #expect(found.isEmpty, "\(found)")
    }

    @Test func aDistrictsSpeechMayNotSayTheCountysWords() async throws {
        let request = CheckRequest(region: "秦州区", year: 2026)
        let found = try await CheckFixtures.findings("　　全区上下要落实全市的部署，我县也要跟上。", request: request, kinds: [.level])
        #expect(found.map(\.text) == ["我县"])
    }

    @Test func inAnAutonomousRegion全区IsTheRegion() async throws {
        let request = CheckRequest(region: "银川市", year: 2026)
        let found = try await CheckFixtures.findings("　　全区上下要落实部署，我市要走在前列。", request: request, kinds: [.level])
        #expect(found.isEmpty, "\(found)")
    }

    @Test func aBureausWordsAreStaleInAMayorsSpeechNotInItsDirectors() async throws {
        let text = "　　我局要带头落实，局党组要加强领导。"
        let mayor = try await CheckFixtures.findings(text, kinds: [.level])
        #expect(mayor.map(\.text) == ["我局", "局党组"])
        let director = CheckRequest(region: "天水市", year: 2026, speaker: CheckFixtures.speaker("局长"))
        #expect(try await CheckFixtures.findings(text, request: director, kinds: [.level]).isEmpty)
        let department = CheckRequest(region: "天水市", year: 2026, speaker: CheckFixtures.speaker("厅长"))
        #expect(try await CheckFixtures.findings(text, request: department, kinds: [.level]).count == 2)
        let org = CheckRequest(region: "天水市", year: 2026, org: "天水市住房和城乡建设局")
        #expect(try await CheckFixtures.findings(text, request: org, kinds: [.level]).isEmpty)
    }
}
