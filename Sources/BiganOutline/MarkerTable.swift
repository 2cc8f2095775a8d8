import BiganText

/// The outline markers Bigan recognises, as data: a numeral style with what opens and closes it.
package struct MarkerTable: Sendable {
    /// How the number inside a marker is written.
    enum Numerals: Sendable { case chinese, arabic }

    /// One row: `prefix` + number + one of `suffixes`, e.g. "（" + 一 + "）".
    struct Row: Sendable {
        var kind: MarkerKind
        var prefixes: [String]
        var numerals: Numerals
        var suffixes: [String]
    }

    static let rows: [Row] = [
        Row(kind: .chapter, prefixes: ["第"], numerals: .chinese, suffixes: ["部分", "章", "节"]),
        Row(kind: .ordinal, prefixes: ["第"], numerals: .chinese, suffixes: ["、", "，", ",", "：", ":", "．", " ", "　"]),
        Row(kind: .chineseParen, prefixes: ["（", "("], numerals: .chinese, suffixes: ["）", ")"]),
        Row(kind: .arabicParen, prefixes: ["（", "("], numerals: .arabic, suffixes: ["）", ")"]),
        // 一　中国人民的基本要求: older typeset texts set a part's numeral apart with a space.
        Row(kind: .chineseComma, prefixes: [""], numerals: .chinese, suffixes: ["、", "．", "\u{3000}", " "]),
        Row(kind: .shi, prefixes: [""], numerals: .chinese, suffixes: ["是"]),
        Row(kind: .yao, prefixes: [""], numerals: .chinese, suffixes: ["要"]),
        Row(kind: .arabicDot, prefixes: [""], numerals: .arabic, suffixes: ["．", ".", "、"]),
        Row(kind: .arabicParen, prefixes: [""], numerals: .arabic, suffixes: ["）", ")"]),
    ]

    /// Word markers with a fixed ordinal; 最后 closes a sequence whatever its length.
    static let words: [(text: String, kind: MarkerKind, ordinal: Int?)] = [
        ("一方面", .aspect, 1), ("另一方面", .aspect, 2),
        ("首先", .sequence, 1), ("其次", .sequence, 2), ("再次", .sequence, 3),
        ("最后", .sequence, nil),
    ]

    /// The Unicode scalars a marker can start with: the rows' prefixes, numerals, the words and
    /// circled numbers. Most paragraphs start with none of them, and are done with in one lookup.
    static let firstScalars: Set<Unicode.Scalar> = {
        var scalars = Set<Unicode.Scalar>()
        let starts =
            rows.flatMap(\.prefixes) + words.map(\.text) + ChineseNumeral.digits.keys.map(String.init)
            + ChineseNumeral.circled.keys.map(String.init) + ["十", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]
            + (0xFF10...0xFF19).compactMap { Unicode.Scalar($0).map { String(Character($0)) } }
        for start in starts {
            if let first = start.unicodeScalars.first { scalars.insert(first) }
        }
        return scalars
    }()

    /// The marker at the start of `text` (leading white space already removed), if any.
    package static func marker(at text: Substring) -> Marker? {
        guard let first = text.unicodeScalars.first, firstScalars.contains(first) else { return nil }
        for row in rows {
            if let marker = match(row, in: text) { return marker }
        }
        for word in words where text.hasPrefix(word.text) {
            let rest = text.dropFirst(word.text.count)
            // 首先， / 其次， : the word must stand alone, followed by punctuation.
            guard let next = rest.first, "，,、：: ".contains(next) else { continue }
            return Marker(kind: word.kind, ordinal: word.ordinal, text: word.text + String(next))
        }
        if let first = text.first, let value = ChineseNumeral.circled[first] {
            return Marker(kind: .circled, ordinal: value, text: String(first))
        }
        return nil
    }

    static func match(_ row: Row, in text: Substring) -> Marker? {
        for prefix in row.prefixes where text.hasPrefix(prefix) {
            let afterPrefix = text.dropFirst(prefix.count)
            let digits = afterPrefix.prefix {
                row.numerals == .chinese ? ChineseNumeral.isNumeral($0) : isArabicDigit($0)
            }
            guard !digits.isEmpty, digits.count <= 3 else { continue }
            let value = row.numerals == .chinese ? ChineseNumeral.value(of: digits) : arabicValue(of: digits)
            guard let value, value > 0 else { continue }
            let afterDigits = afterPrefix.dropFirst(digits.count)
            for suffix in row.suffixes where afterDigits.hasPrefix(suffix) {
                let rest = afterDigits.dropFirst(suffix.count)
                // 5.5% / 3.2 / 1、2月份 at a line start are figures, not markers.
                if row.numerals == .arabic, rest.first?.isNumber == true { continue }
                if rest.isEmpty && row.kind != .chineseComma { continue }
                return Marker(kind: row.kind, ordinal: value, text: prefix + String(digits) + suffix)
            }
        }
        return nil
    }

    /// ASCII and full-width digits (１２ in older typeset reports).
    static func isArabicDigit(_ character: Character) -> Bool {
        character.asciiDigit != nil
    }

    static func arabicValue(of digits: Substring) -> Int? {
        digits.reduce(0) { value, digit in value * 10 + (digit.asciiDigit ?? 0) }
    }

    /// Whether `text` holds the marker of the same kind with ordinal `ordinal` after a clause break:
    /// the sign of an inline list such as 第一，…；第二，….
    static func containsInlineItem(kind: MarkerKind, ordinal: Int, in text: Substring) -> Bool {
        let breaks: Set<Character> = ["，", ",", "；", ";", "。", "：", ":", "、", "！", "？", " ", "　"]
        var index = text.startIndex
        while index < text.endIndex {
            if breaks.contains(text[index]) {
                let after = text[text.index(after: index)...].drop { $0 == " " || $0 == "　" }
                if let marker = marker(at: after), marker.kind == kind, marker.ordinal == ordinal {
                    return true
                }
            }
            index = text.index(after: index)
        }
        return false
    }

    /// The words of a heading a source section must share to be "the same heading": the heading
    /// without its marker and end punctuation, when that leaves enough to be specific.
    package static func headingCore(_ heading: String) -> String? {
        var core = Substring(heading)
        if let marker = MarkerTable.marker(at: core) { core = core.dropFirst(marker.text.count) }
        core = core.drop { $0.isWhitespace }
        while let last = core.last, last.isPunctuation || last.isWhitespace { core = core.dropLast() }
        return core.count >= 4 ? String(core) : nil
    }
}
