import Testing

@testable import BiganLibrary

/// A query's words are deduplicated and capped, and the query says what it left out.
@Suite struct SearchQueryBoundsTests {
    @Test func repeatedWordsAreSearchedOnce() {
        let query = SearchQuery("督查 落实 督查 督查")
        #expect(query.searchedTerms == ["督查", "落实"])
        #expect(query.bounds == SearchQuery.Bounds(repeated: 2, overLimit: 0, shortened: 0))
        #expect(query.bounds.note?.contains("重复的 2 个词只查一次") == true)
    }

    @Test func thousandsOfWordsAreCapped() throws {
        let words = (0..<5000).map { String(UnicodeScalar(0x4E00 + $0)!) }
        let query = SearchQuery(words.joined(separator: " "))
        #expect(query.searchedTerms.count == SearchQuery.maximumTerms)
        #expect(query.bounds.overLimit == 5000 - SearchQuery.maximumTerms)
        #expect(try query.analysedTerms().count == SearchQuery.maximumTerms)
        #expect(query.bounds.note?.contains("只查前 32 个") == true)
    }

    @Test func anEndlessWordIsCut() {
        let query = SearchQuery(String(repeating: "督", count: 10_000))
        #expect(query.searchedTerms.first?.count == SearchQuery.maximumTermLength)
        #expect(query.bounds.shortened == 1)
    }

    @Test func anOrdinaryQuerySaysNothing() {
        #expect(SearchQuery("督查 服务意识").bounds.note == nil)
    }
}
