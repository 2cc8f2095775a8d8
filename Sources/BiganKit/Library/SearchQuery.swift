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

    /// The FTS5 MATCH expression, analysed like the index: each term must match the snippet's
    /// text as a phrase (`SearchRanker` weighs heading-path matches).
    func matchExpression() throws -> (fts: String, searchable: [String]) {
        var clauses: [String] = []
        var searchable: [String] = []
        for term in terms {
            guard let phrase = Self.phrase(term) else { continue }
            clauses.append("text : (\(phrase))")
            searchable.append(SearchAnalyzer.searchableForm(term))
        }
        guard !clauses.isEmpty else {
            throw BiganError(
                file: "", "the query “\(text)” has nothing to search for (no Han characters, letters or digits)")
        }
        return (clauses.joined(separator: " AND "), searchable)
    }

    /// One term as an FTS5 phrase of index tokens (a prefix phrase for one character or a word).
    static func phrase<S: StringProtocol>(_ term: S) -> String? {
        guard let phrase = SearchAnalyzer.phrase(forQueryTerm: term) else { return nil }
        return "\"\(phrase.tokens)\"" + (phrase.prefix ? "*" : "")
    }
}
