import Testing

@testable import BiganCheck
@testable import BiganLibrary

/// Places in a speech for 天水市: another city's name is stale; the region's own family, places
/// a speech names for what they are, and everyday words that are also place names are not.
@Suite struct PlaceCheckTests {
    static let stale: [(String, String)] = [
        ("　　我们学习借鉴平凉市的好做法。", "平凉市"),
        ("　　兰州新区的经验值得推广。", "兰州"),
        ("　　投资龙江就是投资未来。", "龙江"),
        ("　　天津市和平区的网格化管理走在前列。", "天津市"),
        ("　　新乡市红旗区在这方面有很好的探索。", "新乡市"),
        ("　　福州、厦门入选国家城市更新行动首批城市。", "福州"),
    ]

    static let right: [String] = [
        "　　天水是伏羲故里，秦州区、麦积区、甘谷县、武山县各有特色。",
        "　　我们要在甘肃省、陇原大地上走在前列。",
        "　　坚持走和平发展道路，高举红旗，奋勇前进，建设幸福家园。",
        "　　城区改造和新区建设同步推进，老城区面貌焕然一新。",
        "　　弘扬延安精神，学习北京、香港的先进经验。",
        "　　天水市秦州区率先完成改造任务。",
        "　　加强与西安、宝鸡的合作，主动融入关中平原城市群。",
        "　　天水至陇南铁路建设顺利推进。",
        "　　甘谷县、武山县入选省级县域商业体系建设示范县。",
    ]

    @Test(arguments: stale)
    func anotherPlaceIsStale(text: String, place: String) async throws {
        let found = try await CheckFixtures.findings(text, kinds: [.place])
        #expect(found.first?.text == place, "\(found)")
        #expect(found.first?.why.contains("甘肃省天水市") == true)
    }

    @Test func aWordLikeDivisionCountsBesideItsCity() async throws {
        let found = try await CheckFixtures.findings("　　天津市和平区的网格化管理走在前列。", kinds: [.place])
        #expect(found.map(\.text) == ["天津市", "和平区"])
        let alone = try await CheckFixtures.findings("　　和平区的网格化管理走在前列。", kinds: [.place])
        #expect(alone.isEmpty, "\(alone)")
    }

    @Test(arguments: right)
    func theRegionsFamilyAndEverydayWordsAreNot(text: String) async throws {
        let found = try await CheckFixtures.findings(text, kinds: [.place])
        #expect(found.isEmpty, "\(found)")
    }

    @Test func aCountySpeechHoldsItsCityAndProvinceButNotItsSiblings() async throws {
        let request = CheckRequest(region: "秦州区", year: 2026)
        let found = try await CheckFixtures.findings(
            "　　秦州区要在天水市、甘肃省率先突破，向麦积区学习。", request: request, kinds: [.place])
        #expect(found.map(\.text) == ["麦积区"])
    }

    @Test func anUnknownRegionIsAnError() async throws {
        await #expect(throws: (any Error).self) {
            try await CheckFixtures.check("同志们：\n", request: CheckRequest(region: "天水国"))
        }
    }
}
