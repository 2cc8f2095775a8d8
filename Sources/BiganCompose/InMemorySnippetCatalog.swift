/// A catalog over snippets held in memory: for tests, and for drafting straight from parsed files.
public struct InMemorySnippetCatalog: SnippetCatalog {
    public var snippets: [CatalogSnippet]

    public init(_ snippets: [CatalogSnippet]) {
        self.snippets = snippets
    }

    /// Snippets of the query's kinds carrying any of its themes, heaviest first (all of them when no theme is asked).
    public func candidates(_ query: CatalogQuery) async throws -> [CatalogSnippet] {
        let ofKind = snippets.filter { snippet in
            query.kinds.contains(snippet.kind)
                && (query.scopes.map { scopes in snippet.annotation.map { scopes.contains($0.scope) } ?? true } ?? true)
                && (query.occasion.map { $0 == snippet.occasion } ?? true)
        }
        guard !query.themes.isEmpty else {
            return Array(ofKind.sorted { $0.contentKey < $1.contentKey }.prefix(query.limit))
        }
        let weighted = ofKind.compactMap { snippet -> (CatalogSnippet, Double)? in
            let weight = query.themes.reduce(0) { $0 + (snippet.themes[$1] ?? 0) }
            return weight > 0 ? (snippet, weight) : nil
        }
        return Array(weighted.sorted { ($0.1, $1.0.contentKey) > ($1.1, $0.0.contentKey) }.prefix(query.limit).map(\.0))
    }
}
