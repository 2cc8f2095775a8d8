import BiganText

/// What a search does that no engine does differently: the query analysed, the candidates an
/// engine found (the first `window` matches in content order) ranked and checked, and the
/// excerpts of the hits. An engine only finds the candidates and loads the hits.
package struct SearchPlan: Sendable {
    package let query: SearchQuery
    /// The query's terms as the index sees them.
    package let terms: [AnalysedTerm]
    private let searchable: [String]

    /// Throws when the query has nothing to search for.
    package init(_ query: SearchQuery) throws {
        self.query = query
        terms = try query.analysedTerms()
        searchable = terms.map(\.searchable)
    }

    /// How many matches an engine reads, first in content order: the ranking window, or the
    /// limit when that is larger.
    package var window: Int { max(SearchRanker.window, query.limit) }

    /// The best candidates, at most the query's limit, each with its score: ranked, and only those
    /// whose text holds every term (the index's phrases guarantee adjacency of the tokens; this also
    /// holds terms that span punctuation to the text).
    package func choose(_ candidates: [SearchRanker.Candidate]) -> [(id: Int64, score: Double)] {
        let ranker = SearchRanker(terms: terms.map(\.term), searchable: searchable)
        var chosen: [(id: Int64, score: Double)] = []
        for (candidate, score) in ranker.ranked(candidates) where chosen.count < query.limit {
            let form = SearchAnalyzer.searchableForm(candidate.text)
            guard searchable.allSatisfy({ form.utf8Contains($0) }) else { continue }
            chosen.append((candidate.id, score))
        }
        return chosen
    }

    /// The hits with the excerpt of each around its matches.
    package func excerpted(_ hits: [SnippetHit]) -> [SnippetHit] {
        hits.map { hit in
            var hit = hit
            hit.excerpt = Excerpt.marked(hit.text, matching: searchable)
            return hit
        }
    }
}
