import BiganText

/// Turns text into the tokens of the full-text index: overlapping bigrams of Han runs (the last
/// character of a run on its own), and lower-case words for Latin letters and digits.
///
/// Every character of a Han run starts exactly one token, so a phrase of bigrams matches only
/// adjacent characters, and a one-character query is a prefix query: 廉* finds 廉政 and a run-final 廉.
package enum SearchAnalyzer {
    /// The space-separated index tokens of `text`.
    @_specialize(exported:true,where S == String)
    @_specialize(exported:true,where S == Substring)
    package static func indexTokens<S: StringProtocol>(_ text: S) -> String {
        indexTokens(folded: TextFolding.fold(text))
    }

    static func indexTokens(folded: [Unicode.Scalar]) -> String {
        var out = TokenBuffer()
        for run in runs(of: folded) {
            appendTokens(of: run, to: &out, closed: true)
        }
        return out.string
    }

    /// A query term analysed like the index: the tokens of one FTS5 phrase, and whether its last
    /// token is a prefix. Nil when the term has nothing searchable.
    package static func phrase<S: StringProtocol>(forQueryTerm term: S) -> (tokens: String, prefix: Bool)? {
        let termRuns = runs(of: TextFolding.fold(term))
        guard let last = termRuns.last else { return nil }
        var out = TokenBuffer()
        for run in termRuns.dropLast() {
            appendTokens(of: run, to: &out, closed: true)
        }
        // The text may go on after the query's last run: no run-final unigram, and a single
        // character or a word becomes a prefix.
        let prefix = last.kind == .word || last.scalars.count == 1
        appendTokens(of: last, to: &out, closed: prefix)
        return (String(out.string.dropLast()), prefix)
    }

    /// A run of text analysed like the index, for finding the texts that hold it: the same tokens
    /// as a query term, but a last word (a number: 7.5) whole rather than a prefix of longer ones;
    /// only a lone last Han character stays a prefix (it starts a bigram in the index). Nil when
    /// the run has nothing searchable.
    package static func phrase<S: StringProtocol>(forRun run: S) -> (tokens: String, prefix: Bool)? {
        guard let phrase = phrase(forQueryTerm: run) else { return nil }
        let wordLast = runs(of: TextFolding.fold(run)).last?.kind == .word
        return (phrase.tokens, phrase.prefix && !wordLast)
    }

    /// The letters, digits and Han characters of `text`, folded: what substring checks compare.
    @_specialize(exported:true,where S == String)
    @_specialize(exported:true,where S == Substring)
    package static func searchableForm<S: StringProtocol>(_ text: S) -> String {
        var out = String.UnicodeScalarView()
        for scalar in TextFolding.fold(text) where ScalarClass(scalar) != .separator {
            out.append(scalar)
        }
        return String(out)
    }

    struct Run {
        var kind: ScalarClass
        var scalars: ArraySlice<Unicode.Scalar>
    }

    static func runs(of folded: [Unicode.Scalar]) -> [Run] {
        var result: [Run] = []
        var start = 0
        var kind = ScalarClass.separator
        for (index, scalar) in folded.enumerated() {
            let current = ScalarClass(scalar)
            if current != kind {
                if kind != .separator { result.append(Run(kind: kind, scalars: folded[start..<index])) }
                start = index
                kind = current
            }
        }
        if kind != .separator { result.append(Run(kind: kind, scalars: folded[start...])) }
        return result
    }

    private static func appendTokens(of run: Run, to out: inout TokenBuffer, closed: Bool) {
        guard run.kind == .han else {
            out.append(contentsOf: run.scalars)
            out.append(" ")
            return
        }
        var previous: Unicode.Scalar?
        for scalar in run.scalars {
            if let previous {
                out.append(previous)
                out.append(scalar)
                out.append(" ")
            }
            previous = scalar
        }
        if closed, let previous {
            out.append(previous)
            out.append(" ")
        }
    }
}

/// UTF-8 bytes of space-separated tokens, turned into a String once.
struct TokenBuffer {
    private(set) var bytes: [UInt8] = []

    init() {
        bytes.reserveCapacity(256)
    }

    @inline(__always)
    mutating func append(_ scalar: Unicode.Scalar) {
        let value = scalar.value
        if value < 0x80 {
            bytes.append(UInt8(value))
        } else if value < 0x800 {
            bytes.append(UInt8(0xC0 | (value >> 6)))
            bytes.append(UInt8(0x80 | (value & 0x3F)))
        } else if value < 0x10000 {
            bytes.append(UInt8(0xE0 | (value >> 12)))
            bytes.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            bytes.append(UInt8(0x80 | (value & 0x3F)))
        } else {
            bytes.append(UInt8(0xF0 | (value >> 18)))
            bytes.append(UInt8(0x80 | ((value >> 12) & 0x3F)))
            bytes.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            bytes.append(UInt8(0x80 | (value & 0x3F)))
        }
    }

    mutating func append<S: Sequence<Unicode.Scalar>>(contentsOf scalars: S) {
        for scalar in scalars { append(scalar) }
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }
}
