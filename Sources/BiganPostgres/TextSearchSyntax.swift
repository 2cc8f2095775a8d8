import BiganLibrary

/// The same tokens the SQLite index holds (`SearchAnalyzer`: Han bigrams, run-final unigrams,
/// words), written as PostgreSQL's `tsvector` and `tsquery` literals. The cast from text keeps a
/// lexeme as written (no dictionary, no stemming), and positions make a query term a phrase of
/// adjacent tokens (`<->`), as FTS5's phrase is; a one-character term or a word is a prefix (`:*`).
///
/// PostgreSQL keeps positions up to 16,383 and 256 of them per lexeme, and refuses a lexeme
/// over 2 KiB or a `tsvector` over 1 MiB: a paragraph longer than 16,383 characters can be found
/// by the words of its first 16,383 only, and lexemes too long are left out (a run of 700 letters
/// or digits without a break).
enum TextSearchSyntax {
    static let maximumLexemeBytes = 2046
    static let maximumVectorBytes = 1_000_000

    /// The `tsvector` literal of space-separated index tokens, each at its position.
    static func vector(_ tokens: String) -> String {
        var out = ""
        out.reserveCapacity(tokens.utf8.count * 2)
        var position = 0
        for token in tokens.split(separator: " ", omittingEmptySubsequences: true) {
            position += 1
            guard token.utf8.count <= maximumLexemeBytes else { continue }
            guard out.utf8.count + token.utf8.count < maximumVectorBytes else { break }
            if !out.isEmpty { out += " " }
            appendQuoted(token, to: &out)
            out += ":\(min(position, 16_383))"
        }
        return out
    }

    /// The `tsquery` literal of a search: every term's phrase, all of them required.
    static func query(_ terms: [AnalysedTerm]) -> String {
        terms.map { phrase(tokens: $0.tokens, prefix: $0.prefix) }.joined(separator: " & ")
    }

    /// One term's phrase: its tokens adjacent, the last one a prefix when `prefix`.
    static func phrase(tokens: String, prefix: Bool) -> String {
        var out = ""
        let parts = tokens.split(separator: " ", omittingEmptySubsequences: true)
        for (index, token) in parts.enumerated() {
            if index > 0 { out += " <-> " }
            appendQuoted(token, to: &out)
            if prefix && index == parts.count - 1 { out += ":*" }
        }
        return out
    }

    /// A keyword's phrase, or nil when it has nothing to search for.
    static func phrase<S: StringProtocol>(keyword: S) -> String? {
        SearchAnalyzer.phrase(forQueryTerm: keyword).map { phrase(tokens: $0.tokens, prefix: $0.prefix) }
    }

    private static func appendQuoted(_ token: Substring, to out: inout String) {
        out += "'"
        for character in token {
            if character == "'" {
                out += "''"
            } else if character == "\\" {
                out += "\\\\"
            } else {
                out.append(character)
            }
        }
        out += "'"
    }
}
