extension SnippetHit {
    /// The hits for `ids` in that order, each with its score, from the records an engine read for
    /// all of them at once: the snippets, their tags (strongest first), their first occurrences and
    /// how many occurrences each has. `theme` picks whose cue words explain a hit (else its
    /// strongest theme's). An id without a snippet record is left out.
    package static func assemble(
        ids: [Int64], scores: [Double], theme: String?, snippets: [SnippetRecord], tags: [TagRecord],
        origins: [Int64: OriginRecord], counts: [Int64: Int]
    ) -> [SnippetHit] {
        let snippets = Dictionary(snippets.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let tags = Dictionary(grouping: tags, by: \.snippetId)
        return zip(ids, scores).compactMap { id, score in
            guard let snippet = snippets[id] else { return nil }
            let themes = tags[id] ?? []
            let explaining = themes.first { theme == nil || $0.theme == theme }
            return SnippetHit(
                id: id, kind: snippet.kind, text: snippet.text, headingPath: snippet.headingPath,
                themes: themes.map(\.theme), source: origins[id]?.origin, score: score, label: snippet.label,
                items: snippet.items, sourceCount: counts[id] ?? 0,
                cues: explaining.map { JSONArrayText.decode($0.cues) }, annotation: snippet.annotation)
        }
    }
}
