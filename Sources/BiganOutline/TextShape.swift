import BiganText

/// Small facts about a piece of Chinese text that the outline stages share.
enum TextShape {
    static let sentenceEnds = SentenceEnds.marks
    static let closingQuotes = SentenceEnds.closingQuotes
    static let clauseMarks = SentenceEnds.clauseMarks
    static let indentCharacters: Set<Character> = [" ", "\t", "\u{3000}", "\u{00A0}"]

    /// Whether the text ends a sentence (allowing closing quotes after the mark).
    static func endsSentence(_ text: Substring) -> Bool {
        let trimmed = text.reversed().drop { $0.isWhitespace || closingQuotes.contains($0) }
        guard let last = trimmed.first else { return false }
        return sentenceEnds.contains(last)
    }

    static func endsSentence(_ text: String) -> Bool { endsSentence(text[...]) }

    /// The index just past the first sentence of `text` (its end mark and closing quotes), or nil
    /// when the text holds a single sentence or none.
    static func endOfFirstSentence(_ text: String) -> String.Index? {
        var index = text.startIndex
        while index < text.endIndex {
            if sentenceEnds.contains(text[index]) {
                var end = text.index(after: index)
                while end < text.endIndex, sentenceEnds.contains(text[end]) || closingQuotes.contains(text[end]) {
                    end = text.index(after: end)
                }
                let rest = text[end...].drop { $0.isWhitespace }
                return rest.isEmpty ? nil : end
            }
            index = text.index(after: index)
        }
        return nil
    }

    /// Where a short title ends when body text follows it on the same line after a gap of white
    /// space (一、2023年工作回顾　过去一年，…), or nil.
    static func endOfTitle(_ text: String, within limit: Int = 40) -> String.Index? {
        endOfTitle(text[...], within: limit)
    }

    /// `endOfTitle` in a part of a text (the title after its marker), as an index of the text.
    static func endOfTitle(_ text: Substring, within limit: Int = 40) -> String.Index? {
        var index = text.startIndex
        var count = 0
        while index < text.endIndex, count < limit {
            let character = text[index]
            if sentenceEnds.contains(character) { return nil }
            if character == "\u{3000}" || character == "\t"
                || (character == " " && text[text.index(after: index)...].first == " ")
            {
                let rest = text[index...].drop { $0.isWhitespace }
                return rest.isEmpty || count == 0 ? nil : index
            }
            index = text.index(after: index)
            count += 1
        }
        return nil
    }

    /// The last sentence of `text` (the whole text when it has one sentence).
    static func lastSentence(_ text: String) -> Substring {
        var body = text[...]
        while let last = body.last, sentenceEnds.contains(last) || closingQuotes.contains(last) || last.isWhitespace {
            body = body.dropLast()
        }
        if let cut = body.lastIndex(where: { sentenceEnds.contains($0) }) {
            return text[text.index(after: cut)...].drop { $0.isWhitespace || closingQuotes.contains($0) }
        }
        return text[...]
    }

    /// The number of leading indentation characters.
    static func indentation(of text: String) -> Int {
        text.prefix { indentCharacters.contains($0) }.count
    }

    /// Whether `text` has clause or sentence punctuation anywhere.
    static func hasPunctuation(_ text: Substring) -> Bool {
        text.contains { clauseMarks.contains($0) || sentenceEnds.contains($0) }
    }
}

extension StringProtocol {
    /// The number of characters, as `count` gives it, but counted scalar by scalar when every scalar
    /// stands alone as a character (the usual case, see `Unicode.Scalar.standsAlone`), which is far
    /// cheaper than grapheme breaking.
    @inlinable
    package var characterCount: Int {
        var count = 0
        for scalar in unicodeScalars {
            guard scalar.standsAlone else { return self.count }
            count += 1
        }
        return count
    }

    /// Whether the text has at most `limit` characters, found without counting a long text to its end.
    func hasAtMost(_ limit: Int) -> Bool {
        if utf8.count <= limit { return true }
        var count = 0
        // Scalars that stand alone are one character each: more than `limit` of them settle it.
        for scalar in unicodeScalars {
            guard scalar.standsAlone else { return hasAtMostCharacters(limit) }
            count += 1
            if count > limit { return false }
        }
        return true
    }

    private func hasAtMostCharacters(_ limit: Int) -> Bool {
        var count = 0
        for _ in self {
            count += 1
            if count > limit { return false }
        }
        return true
    }
}

extension Unicode.Scalar {
    /// Whether the scalar is always a character of its own, whatever its neighbours: printable
    /// ASCII, tab and line feed, CJK ideographs, CJK punctuation other than the tone marks
    /// U+302A–U+302F, general punctuation U+2010–U+2027 and U+2030–U+205E, and full-width forms.
    /// None of them combines with a neighbour (they are neither extending, joining, prepended,
    /// Hangul, regional indicators nor CR), so a text made of them has one character per scalar.
    @inlinable
    package var standsAlone: Bool {
        switch value {
        case 0x09, 0x0A, 0x20...0x7E, 0x2010...0x2027, 0x2030...0x205E, 0x3000...0x3029, 0x3030...0x303F,
            0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF5E:
            true
        default:
            false
        }
    }
}
