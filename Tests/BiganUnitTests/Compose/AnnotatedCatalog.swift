import Foundation

@testable import BiganCompose
@testable import BiganImport
@testable import BiganSQLite
@testable import BiganText
@testable import BiganThemes

/// Catalogs of annotated paragraphs for the composition tests, as an import stores them: real
/// texts tagged by the bundled themes and read by the bundled annotation tables, with the scope or
/// facts a test names where the point is what the composer does with them.
enum AnnotatedCatalog {
    static let annotator = try! ParagraphAnnotator.load(resources: ComposeFixtures.resources)
    static let tagger = ThemeTagger(taxonomy: ComposeFixtures.taxonomy)

    /// One paragraph; `themes` default to what the bundled taxonomy finds in it.
    static func paragraph(
        _ id: Int64, _ text: String, themes: [String]? = nil, scope: Scope? = nil, facts: [Fact]? = nil,
        headingPath: [String] = [], file: String = "fixture.txt", title: String? = nil, level: Scope? = nil
    ) -> CatalogSnippet {
        var annotation = annotator.annotate(text, speechLevel: level)
        if let scope { annotation.scope = scope }
        if let facts { annotation.facts = facts }
        let weights =
            themes.map { Dictionary(uniqueKeysWithValues: $0.map { ($0, 1.0) }) }
            ?? Dictionary(
                tagger.tag(text: text, headingPath: headingPath).map { ($0.theme, $0.score) }, uniquingKeysWith: max)
        return CatalogSnippet(
            id: id, kind: .paragraph, text: text, headingPath: headingPath, themes: weights, speechTitle: title,
            source: DraftSource(file: file, speech: title, line: Int(id)), annotation: annotation, sourceLevel: level)
    }

    /// A library of bundled speech files (paths under `Snippets/`), imported as `bigan import` does.
    static func imported(_ files: [String]) async throws -> SQLiteStore {
        let library = try SQLiteStore.inMemory()
        let importer = LibraryImporter(store: library, annotator: try ThemeAnnotator.load(environment: [:]))
        for file in files {
            let path = ComposeFixtures.resources.snippets.appendingPathComponent(file).path
            guard case .imported = try await importer.importFile(at: path) else {
                throw BiganError(file: file, "was not imported")
            }
        }
        return library
    }

    /// The paragraph of a bundled starter speech (`Snippets/starter/…`) from `opening` on: a
    /// paragraph's own text, without the run-in heading (（一）压紧压实工作责任。) before it.
    static func starter(_ file: String, _ opening: String) throws -> String {
        let url = ComposeFixtures.resources.snippets.appendingPathComponent("starter").appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        guard let start = text.range(of: opening) else {
            throw BiganError(file: file, "holds no paragraph with \(opening)")
        }
        return String(text[start.lowerBound...].prefix { $0 != "\n" })
    }

    /// The snippet ids of a draft's library paragraphs, in order.
    static func libraryParagraphs(_ draft: Draft) -> [Int64] {
        draft.blocks.filter { $0.type == .paragraph }.compactMap(\.snippetId)
    }
}
