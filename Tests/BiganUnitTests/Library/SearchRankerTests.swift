import Testing

@testable import BiganLibrary
@testable import BiganSQLite
@testable import BiganText

@Suite struct SearchRankerTests {
    let ranker = SearchRanker(terms: ["督查"], searchable: ["督查"])

    /// A candidate whose content key is `order` (its id, unless a test says otherwise).
    func candidate(_ id: Int64, _ text: String, heading: String = "[]", order: Int64? = nil) -> SearchRanker.Candidate {
        SearchRanker.Candidate(id: id, text: text, headingPath: heading, characterCount: text.count, order: order ?? id)
    }

    @Test func aHeadingMatchOutranksMoreOccurrencesInTheText() {
        let ranked = ranker.ranked([
            candidate(1, "督查督查督查，其余文字凑足长度。"),
            candidate(2, "督查一次，其余文字凑足同样长度。", heading: "[\"三、抓好督查落实\"]"),
        ])
        #expect(ranked.map(\.candidate.id) == [2, 1])
    }

    @Test func aShorterSnippetWithTheSameOccurrencesRanksHigher() {
        let ranked = ranker.ranked([
            candidate(1, "督查工作要求很多，这一段写得很长很长很长很长很长很长很长很长很长。"),
            candidate(2, "抓督查。"),
        ])
        #expect(ranked.map(\.candidate.id) == [2, 1])
        #expect(ranked[0].score > ranked[1].score)
    }

    @Test func tiesGoByContentKeyNotById() {
        let ranked = ranker.ranked([
            candidate(3, "讲督查。", order: 20), candidate(9, "讲督查。", order: -7), candidate(5, "讲督查。", order: 4),
        ])
        #expect(ranked.map(\.candidate.id) == [9, 5, 3])
    }

    @Test func aFoldedFormCountsWhereTheTypedFormIsAbsent() {
        let latin = SearchRanker(terms: ["ＡＩ"], searchable: ["ai"])
        let ranked = latin.ranked([candidate(1, "ai and ai again"), candidate(2, "one ai here")])
        #expect(ranked.map(\.candidate.id) == [1, 2])
    }

    @Test(arguments: StoreEngine.available)
    func aSearchMatchingMoreThanTheWindowStillFillsItsLimit(engine: StoreEngine) async throws {
        let library = try await engine.makeLibrary()
        let paragraphs = (0..<(SearchRanker.window + 50)).map {
            DocumentBuilder.paragraph("第\($0)段讲督查。", line: $0 + 1)
        }
        try await DocumentBuilder.store(DocumentBuilder.document("a.txt", paragraphs), in: library)
        let hits = try await library.search(SearchQuery("督查", limit: 30))
        #expect(hits.count == 30)
        #expect(hits.allSatisfy { $0.text.contains("督查") })
    }
}
