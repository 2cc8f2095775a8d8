import BiganText

/// A full-text search: words separated by spaces must all occur in a snippet's text.
public struct SearchQuery: Sendable, Equatable {
    public var text: String
    /// Only snippets tagged with this theme.
    public var theme: String?
    /// Only snippets of this kind.
    public var kind: SnippetKind?
    public var limit: Int

    public init(_ text: String, theme: String? = nil, kind: SnippetKind? = nil, limit: Int = 20) {
        self.text = text
        self.theme = theme
        self.kind = kind
        self.limit = limit
    }

    /// The query's terms: runs of text between white space.
    var terms: [Substring] {
        text.split(whereSeparator: { $0.isWhitespace })
    }

    /// Each searchable term with its index phrase (tokens analysed like the index, and whether
    /// they are a prefix) and its folded form; throws when no term has anything to search for.
    package func analysedTerms() throws -> [AnalysedTerm] {
        let analysed = terms.compactMap { term in
            SearchAnalyzer.phrase(forQueryTerm: term).map {
                AnalysedTerm(
                    term: term, tokens: $0.tokens, prefix: $0.prefix, searchable: SearchAnalyzer.searchableForm(term))
            }
        }
        guard !analysed.isEmpty else {
            throw BiganError(
                file: "", "the query “\(text)” has nothing to search for (no Han characters, letters or digits)")
        }
        return analysed
    }
}

/// One query term as the index sees it.
package struct AnalysedTerm: Sendable {
    package var term: Substring
    /// Space-separated index tokens, matched as a phrase.
    package var tokens: String
    /// The last token is a prefix (a one-character term, or a word).
    package var prefix: Bool
    /// The term folded as texts are folded for comparison.
    package var searchable: String
}
