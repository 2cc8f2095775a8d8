import BiganText

/// Gaps left to fill: {姓名}-style placeholders, 【待补：…】 slots, and the marks template sites use
/// for a name or a place (XX市, ×××同志). A year written 20xx is the year check's.
struct PlaceholderCheck: SpeechCheck {
    let rules: CheckingRules.Placeholders
    private let openers: PhraseMatcher
    private let marks: PhraseMatcher

    /// The longest a placeholder runs before its closing mark, and a slot (【待补：…】 says what to write).
    static let longest = 40
    static let longestSlot = 400

    init(rules: CheckingRules.Placeholders) {
        self.rules = rules
        openers = PhraseMatcher(rules.slotOpeners)
        marks = PhraseMatcher(rules.marks)
    }

    func findings(in speech: CheckedSpeech) -> [Finding] {
        speech.paragraphs.flatMap { paragraph in
            (braced(in: paragraph) + slots(in: paragraph) + marked(in: paragraph)).sorted {
                $0.0.lowerBound < $1.0.lowerBound
            }
            .map { range, why in paragraph.finding(.placeholder, range, why: why) }
        }
    }

    func braced(in paragraph: CheckedParagraph) -> [(Range<Int>, String)] {
        let characters = paragraph.characters
        var found: [(Range<Int>, String)] = []
        for pair in rules.braces.map(Array.init) where pair.count == 2 {
            var index = 0
            while index < characters.count {
                guard characters[index] == pair[0],
                    let close = characters[index...].prefix(Self.longest).firstIndex(of: pair[1])
                else {
                    index += 1
                    continue
                }
                let range = index..<close + 1
                found.append((range, "“\(paragraph.text(range))”还没有填写"))
                index = close + 1
            }
        }
        return found
    }

    func slots(in paragraph: CheckedParagraph) -> [(Range<Int>, String)] {
        let characters = paragraph.characters
        return openers.matches(in: characters).map { match in
            let close = characters[match.range.lowerBound...].prefix(Self.longestSlot).firstIndex(of: "】")
            let range = match.range.lowerBound..<(close.map { $0 + 1 } ?? match.range.upperBound)
            return (range, "“\(paragraph.text(range))”是留给撰稿人补写的地方")
        }
    }

    /// Marks beside a Han character (XX市, ×××同志); not the xx of a year (20xx).
    func marked(in paragraph: CheckedParagraph) -> [(Range<Int>, String)] {
        let characters = paragraph.characters
        return marks.matches(in: characters).compactMap { match in
            let range = match.range
            if range.lowerBound > 0, characters[range.lowerBound - 1].asciiDigit != nil { return nil }
            if range.lowerBound > 0, characters[range.lowerBound - 1].isLetter, !characters[range.lowerBound - 1].isHan
            {
                return nil
            }
            if range.upperBound < characters.count, characters[range.upperBound].isASCII,
                characters[range.upperBound].isLetter || characters[range.upperBound].isNumber
            {
                return nil
            }
            let besideHan =
                (range.lowerBound > 0 && characters[range.lowerBound - 1].isHan)
                || (range.upperBound < characters.count && characters[range.upperBound].isHan)
            guard besideHan else { return nil }
            let context = max(0, range.lowerBound - 1)..<min(characters.count, range.upperBound + 1)
            return (range, "“\(paragraph.text(context))”中的“\(match.phrase)”是范文的占位写法，请换成实际的名称")
        }
    }
}
