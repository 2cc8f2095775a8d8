/// A piece of a snippet's text around its first match, with the matches marked.
public struct Excerpt: Sendable, Equatable {
    /// The excerpt text as written, with … where it was cut.
    public var text: String
    /// Character offsets of the matches within `text`.
    public var highlights: [Range<Int>]

    public init(text: String, highlights: [Range<Int>]) {
        self.text = text
        self.highlights = highlights
    }

    /// The excerpt of `text` around the first of `matches` (character offsets), at most
    /// `maxLength` characters of the original.
    public init(of text: String, matches: [Range<Int>], maxLength: Int = 120) {
        let characters = Array(text)
        guard characters.count > maxLength else {
            self.init(text: text, highlights: matches)
            return
        }
        let first = matches.first?.lowerBound ?? 0
        let start = max(0, min(first - maxLength / 4, characters.count - maxLength))
        var end = min(characters.count, start + maxLength)
        if let straddling = matches.first(where: { $0.contains(end) && $0.lowerBound < end }) {
            end = straddling.upperBound  // never cut a match in two
        }
        let lead = start > 0 ? "…" : ""
        let shift = lead.count - start
        let kept = matches.compactMap { range -> Range<Int>? in
            let lower = max(range.lowerBound, start), upper = min(range.upperBound, end)
            return lower < upper ? (lower + shift)..<(upper + shift) : nil
        }
        self.init(text: lead + String(characters[start..<end]) + (end < characters.count ? "…" : ""), highlights: kept)
    }

    /// The text with each match between `open` and `close` (【 】 by default, or terminal escapes).
    public func marked(open: String = "【", close: String = "】") -> String {
        var out = ""
        var inside = false
        let starts = Set(highlights.map(\.lowerBound)), ends = Set(highlights.map(\.upperBound))
        for (offset, character) in text.enumerated() {
            if inside, ends.contains(offset) { out += close; inside = false }
            if !inside, starts.contains(offset) { out += open; inside = true }
            out.append(character)
        }
        return inside ? out + close : out
    }
}

extension Excerpt {
    /// The marked excerpt of a hit's text (trimmed) around the matches of the folded `terms`.
    package static func marked(_ text: String, matching terms: [String]) -> String {
        let shown = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return Excerpt(of: shown, matches: TextMatcher(shown).ranges(of: terms)).marked()
    }
}
