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

    /// At most this many distinct terms are searched for; the rest are dropped (see `bounds`).
    public static let maximumTerms = 32
    /// A longer term is cut to this many characters.
    public static let maximumTermLength = 64

    /// What `terms` left out of the query as typed.
    public struct Bounds: Sendable, Equatable {
        /// Terms that repeat an earlier one.
        public var repeated = 0
        /// Distinct terms beyond `maximumTerms`.
        public var overLimit = 0
        /// Terms cut to `maximumTermLength` characters.
        public var shortened = 0

        /// What was left out, in the writer's words; nil when nothing was.
        public var note: String? {
            var parts: [String] = []
            if repeated > 0 { parts.append("重复的 \(repeated) 个词只查一次") }
            if overLimit > 0 { parts.append("词太多，只查前 \(SearchQuery.maximumTerms) 个，其余 \(overLimit) 个未查") }
            if shortened > 0 {
                parts.append(
                    "\(shortened) 个词超过 \(SearchQuery.maximumTermLength) 个字，只查前 \(SearchQuery.maximumTermLength) 个字")
            }
            return parts.isEmpty ? nil : "检索词：" + parts.joined(separator: "；") + "。"
        }
    }

    /// The query's terms: runs of text between white space, each once, at most `maximumTerms`, each
    /// at most `maximumTermLength` characters (a query of thousands of words would cost minutes).
    var terms: [Substring] { bounded.terms }

    /// What was dropped or cut from the query, for a note to the user.
    public var bounds: Bounds { bounded.bounds }

    private var bounded: (terms: [Substring], bounds: Bounds) {
        var bounds = Bounds()
        var seen = Set<Substring>()
        var kept: [Substring] = []
        for word in text.split(whereSeparator: { $0.isWhitespace }) {
            var term = word
            if term.count > Self.maximumTermLength {
                term = term.prefix(Self.maximumTermLength)
                bounds.shortened += 1
            }
            if !seen.insert(term).inserted {
                bounds.repeated += 1
            } else if kept.count >= Self.maximumTerms {
                bounds.overLimit += 1
            } else {
                kept.append(term)
            }
        }
        return (kept, bounds)
    }

    /// The terms searched for, as the user typed them (each once, within the bounds).
    public var searchedTerms: [String] { terms.map(String.init) }

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
                file: "", "检索词“\(text)”里没有可查的内容（没有汉字、字母或数字）")
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
