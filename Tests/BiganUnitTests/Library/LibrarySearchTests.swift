import Foundation
import Testing

@testable import BiganImport
@testable import BiganLibrary
@testable import BiganOutline
@testable import BiganPostgres
@testable import BiganSQLite
@testable import BiganText
@testable import BiganThemes

@Suite struct LibrarySearchTests {
    /// The bundled corpus in a library of each engine, imported once.
    static let corpora = Dictionary(
        uniqueKeysWithValues: StoreEngine.available.map { engine in
            (
                engine,
                Shared { () -> TestLibrary in
                    let library = try await engine.makeLibrary()
                    _ = await LibraryImporter(store: library).run([try BundledCorpus.snippets])
                    return library
                }
            )
        })

    static func corpus(_ engine: StoreEngine) -> Shared<TestLibrary> { corpora[engine]! }

    @Test(arguments: StoreEngine.available, ["廉", "督查", "政务公开", "服务意识", "服务", "发展"])
    func everyResultContainsTheQuery(engine: StoreEngine, query: String) async throws {
        let hits = try await Self.corpus(engine).value.search(SearchQuery(query, limit: 10_000))
        #expect(!hits.isEmpty)
        for hit in hits {
            #expect(SearchAnalyzer.searchableForm(hit.text).contains(query), "#\(hit.id) lacks \(query)")
            #expect(hit.source?.file.hasPrefix("Snippets/") == false)
            #expect(hit.source != nil)
            #expect(hit.excerpt?.contains("【") == true)
        }
    }

    @Test(arguments: StoreEngine.available, ["廉", "督查"])
    func findsEveryParagraphThatContainsTheQuery(engine: StoreEngine, query: String) async throws {
        let library = try await engine.makeLibrary()
        let texts = ["反腐倡廉", "廉政建设", "清正廉洁。", "督查", "加强督查落实", "督促检查", "无关的段落"]
        try await DocumentBuilder.store(
            DocumentBuilder.document("a.txt", texts.enumerated().map { DocumentBuilder.paragraph($1, line: $0 + 1) }),
            in: library)
        let found = Set(try await library.search(SearchQuery(query)).map(\.text))
        #expect(found == Set(texts.filter { $0.contains(query) }))
    }

    @Test(arguments: StoreEngine.available) func charactersApartDoNotMatchAPhrase(engine: StoreEngine) async throws {
        let library = try await engine.makeLibrary()
        try await DocumentBuilder.store(
            DocumentBuilder.document(
                "a.txt",
                [
                    DocumentBuilder.paragraph("增强服务群众的意识。", line: 1),
                    DocumentBuilder.paragraph("服务，意识。", line: 2),
                    DocumentBuilder.paragraph("强化服务意识。", line: 3),
                ]), in: library)
        #expect(try await library.search(SearchQuery("服务意识")).map(\.text) == ["强化服务意识。"])
        #expect(try await library.search(SearchQuery("服务 意识")).count == 3)
    }

    @Test(arguments: StoreEngine.available) func aHeadingMatchOutranksABodyMatch(engine: StoreEngine) async throws {
        let library = try await engine.makeLibrary()
        try await DocumentBuilder.store(
            DocumentBuilder.document(
                "a.txt",
                [
                    DocumentBuilder.heading("一、经济工作", line: 1),
                    DocumentBuilder.paragraph("这一段也提到督查一次，长度相当。", line: 2),
                    DocumentBuilder.heading("二、加强督查", line: 3),
                    DocumentBuilder.paragraph("这一段同样提到督查一次，长度相当。", line: 4),
                ]), in: library)
        let hits = try await library.search(SearchQuery("督查"))
        #expect(hits.map(\.headingPath) == [["二、加强督查"], ["一、经济工作"]])
        #expect(hits[0].score > hits[1].score)
    }

    @Test(arguments: StoreEngine.available) func moreOccurrencesRankHigher(engine: StoreEngine) async throws {
        let library = try await engine.makeLibrary()
        try await DocumentBuilder.store(
            DocumentBuilder.document(
                "a.txt",
                [
                    DocumentBuilder.paragraph("督查一次，其余文字用来凑足同样的长度。", line: 1),
                    DocumentBuilder.paragraph("督查督查，再督查，其余文字凑足长度。", line: 2),
                ]), in: library)
        #expect(try await library.search(SearchQuery("督查")).first?.text.hasPrefix("督查督查") == true)
    }

    @Test(arguments: StoreEngine.available) func latinAndFullWidthTextIsFolded(engine: StoreEngine) async throws {
        let library = try await engine.makeLibrary()
        try await DocumentBuilder.store(
            DocumentBuilder.document(
                "a.txt",
                [
                    DocumentBuilder.paragraph("加快５Ｇ网络和ＡＩ应用建设。", line: 1)
                ]), in: library)
        #expect(try await library.search(SearchQuery("5g网络")).count == 1)
        #expect(try await library.search(SearchQuery("ai")).count == 1)
        #expect(try await library.search(SearchQuery("ＡＩ应用")).first?.excerpt == "加快５Ｇ网络和【ＡＩ应用】建设。")
    }

    @Test(arguments: StoreEngine.available) func kindAndThemeFilters(engine: StoreEngine) async throws {
        let library = try await engine.makeLibrary()
        try await DocumentBuilder.store(
            DocumentBuilder.document(
                "a.txt",
                [
                    DocumentBuilder.paragraph("开头讲督查。", part: .opening, line: 1),
                    DocumentBuilder.paragraph("正文讲督查落实。", line: 2),
                ]), in: library, annotations: KeywordAnnotations.value)
        #expect(try await library.search(SearchQuery("督查", kind: .opening)).map(\.text) == ["开头讲督查。"])
        #expect(try await library.search(SearchQuery("督查", theme: "督查落实")).map(\.text) == ["正文讲督查落实。"])
        #expect(try await library.search(SearchQuery("督查", theme: "没有的主题")).isEmpty)
        #expect(try await library.snippets(theme: "督查落实").map(\.themes) == [["督查落实"]])
        #expect(try await library.snippets(theme: nil, kind: .opening).count == 1)
        #expect(try await library.themeCounts() == [ThemeCount(name: "督查落实", count: 1)])
    }

    @Test(arguments: StoreEngine.available) func setSnippetsFromAnAnnotatorAreStoredAndFound(engine: StoreEngine)
        async throws
    {
        let library = try await engine.makeLibrary()
        try await DocumentBuilder.store(
            DocumentBuilder.document(
                "a.txt",
                [
                    DocumentBuilder.paragraph("前面的段落。", line: 1),
                    DocumentBuilder.paragraph("后面的段落。", line: 5),
                ]), in: library, annotations: KeywordAnnotations.value)
        let set = try #require(try await library.search(SearchQuery("精神", kind: .set)).first)
        #expect(set.label == "两种精神")
        #expect(set.items == ["一是认真负责的精神。", "二是开拓创新的精神。"])
        let detail = try #require(try await library.detail(id: set.id))
        #expect(detail.before?.text == "前面的段落。" && detail.after?.text == "后面的段落。")
    }

    @Test(arguments: StoreEngine.available) func aQueryWithNothingSearchableIsAnError(engine: StoreEngine) async throws
    {
        await #expect(throws: BiganError.self) { try await Self.corpus(engine).value.search(SearchQuery("，。！")) }
    }

    @Test(arguments: StoreEngine.available) func limitIsHonoured(engine: StoreEngine) async throws {
        #expect(try await Self.corpus(engine).value.search(SearchQuery("发展", limit: 3)).count == 3)
    }
}

/// Tags 督查 paragraphs and adds one set per speech, as the Themes stage would.
enum KeywordAnnotations {
    static let items = ["一是认真负责的精神。", "二是开拓创新的精神。"]
    static let value = TestAnnotations(
        themes: { $0.contains("督查落实") ? [ThemeTag(theme: "督查落实", score: 0.9, cues: ["督查"])] : [] },
        extras: [ExtraSnippet(kind: .set, text: "两种精神：" + items.joined(), label: "两种精神", items: items, line: 3)],
        occasion: "工作会议")
}
