import Foundation
import Testing

@testable import BiganLibrary
@testable import BiganText

@Suite struct SearchAnalyzerTests {
    @Test(arguments: [
        ("反腐倡廉", "反腐 腐倡 倡廉 廉 "),
        ("廉", "廉 "),
        ("加强5G建设", "加强 强 5g 建设 设 "),
        ("ＡＢＣ，服务", "abc 服务 务 "),
        ("一、服务 意识", "一 服务 务 意识 识 "),
    ])
    func indexTokens(text: String, tokens: String) {
        #expect(SearchAnalyzer.indexTokens(text) == tokens)
    }

    @Test(arguments: [
        ("服务意识", "服务 务意 意识", false),
        ("督查", "督查", false),
        ("廉", "廉", true),
        ("服务，意识", "服务 务 意识", false),
        ("5G", "5g", true),
    ])
    func queryPhrases(term: String, tokens: String, prefix: Bool) throws {
        let phrase = try #require(SearchAnalyzer.phrase(forQueryTerm: term))
        #expect(phrase.tokens == tokens)
        #expect(phrase.prefix == prefix)
    }

    @Test func dedupKeyIgnoresWhiteSpaceAndPunctuationWidth() {
        let base = DedupKey.hash("要增强“服务意识”，提高效率。")
        #expect(DedupKey.hash("  要增强\"服务意识\",提高效率.\n") == base)
        #expect(DedupKey.hash("要增强　“服务意识”， 提高效率。") == base)
        #expect(DedupKey.hash("要增强服务意识，提高效率。") != base)
        #expect(base.count == 16)
    }

    @Test func foldingMatchesFoundationNFKC() {
        let samples = ["ＡＢＣ１２３", "……", "①②", "℃", "服务　意识", "Ｆｕｌｌ－ｗｉｄｔｈ", "ｶﾀｶﾅ"]
        for sample in samples {
            let expected = sample.precomposedStringWithCompatibilityMapping.lowercased()
            #expect(
                String(String.UnicodeScalarView(TextFolding.fold(sample)))
                    == expected.replacingOccurrences(of: "\u{3000}", with: " "))
        }
    }

    @Test func hashIsStable() {
        // XXH64 reference values.
        #expect(XXH64.hash(UnsafeRawBufferPointer(start: nil, count: 0), seed: 0) == 0xEF46_DB37_51D8_E999)
        let abc = Array("abc".utf8)
        #expect(abc.withUnsafeBytes { XXH64.hash($0, seed: 0) } == 0x44BC_2CF5_AD77_0999)
    }
}
