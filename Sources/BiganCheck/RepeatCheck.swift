import BiganLibrary
import BiganText

/// A sentence said twice: the same words (punctuation aside) in two places of one speech.
struct RepeatCheck: SpeechCheck {
    /// The fewest Han characters a sentence must have to count.
    let minLength: Int

    static let ends: Set<Character> = SentenceEnds.marks

    func findings(in speech: CheckedSpeech) -> [Finding] {
        var seen: [String: Int] = [:]
        var found: [Finding] = []
        for paragraph in speech.paragraphs {
            for range in Self.sentences(in: paragraph.characters) {
                let sentence = paragraph.text(range)
                let key = SearchAnalyzer.searchableForm(sentence)
                guard sentence.reduce(0, { $1.isHan ? $0 + 1 : $0 }) >= minLength else { continue }
                if let first = seen[key] {
                    found.append(paragraph.finding(.repeat, range, why: "这句话在第\(first)行已经说过"))
                } else {
                    seen[key] = paragraph.line(at: range.lowerBound)
                }
            }
        }
        return found
    }

    /// The sentences of a paragraph as character ranges, each with its closing mark.
    static func sentences(in characters: [Character]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for (index, character) in characters.enumerated() where ends.contains(character) {
            ranges.append(start..<index + 1)
            start = index + 1
        }
        if start < characters.count { ranges.append(start..<characters.count) }
        return ranges.map { range in
            let leading = characters[range].prefix { $0.isWhitespace }.count
            return (range.lowerBound + leading)..<range.upperBound
        }.filter { !$0.isEmpty }
    }
}
