import BiganText

/// Replaces the years of a source speech with the draft's: 20xx / 20XX / ２０ｘｘ / 201x always, and a
/// concrete year 2000–2099 before 年. The words of the year's clause decide which year it was:
/// 去年 / 回顾 / a finished deed (了, 取得, 成绩) make it `year − 1`; 明年 / 到 / …的元旦 make it
/// `year + 1`; 今年 / 即将过去 / …之年 keep it `year`; with no cue it is `year`. Milestones
/// (2035, 2049, 2050) stay. Relative words (去年, 今年, 明年) are right as they are and stay.
public struct YearRewriter: Sendable {
    let year: Int
    let cues: RewriteRules.Years

    static let clauseEnds: Set<Character> = ["，", "。", "；", "！", "？", "：", ",", ";", "!", "?", "\n"]
    static let sentenceEnds: Set<Character> = SentenceEnds.final.union(["\n"])

    public init(year: Int, cues: RewriteRules.Years) {
        self.year = year
        self.cues = cues
    }

    public func rewrite(_ text: String) -> String {
        let characters = Array(text)
        var out = ""
        var index = 0
        while index < characters.count {
            switch YearToken.at(index, in: characters) {
            case .concrete(let value) where cues.keep.contains(value):
                out += String(value)
            case .concrete, .placeholder:
                out += String(resolve(characters, index, index + YearToken.length))
            case nil:
                out.append(characters[index])
                index += 1
                continue
            }
            index += YearToken.length
        }
        return out
    }

    /// The year a token between `start` and `end` stands for, by the words around it.
    func resolve(_ characters: [Character], _ start: Int, _ end: Int) -> Int {
        let clauseStart = (characters[..<start].lastIndex { Self.clauseEnds.contains($0) } ?? -1) + 1
        let clauseEnd = characters[end...].firstIndex { Self.clauseEnds.contains($0) } ?? characters.count
        let sentenceStart = (characters[..<start].lastIndex { Self.sentenceEnds.contains($0) } ?? -1) + 1
        let sentenceEnd = characters[end...].firstIndex { Self.sentenceEnds.contains($0) } ?? characters.count
        let before = String(characters[clauseStart..<start])
        let after = String(characters[end..<clauseEnd]).drop { $0 == "年" }
        let clause = String(characters[clauseStart..<clauseEnd])
        let sentence = String(characters[sentenceStart..<sentenceEnd])
        if cues.next.contains(where: before.utf8Contains) || cues.nextAfter.contains(where: after.hasPrefix) {
            return year + 1
        }
        if cues.current.contains(where: clause.utf8Contains) { return year }
        if cues.previous.contains(where: clause.utf8Contains) { return year - 1 }
        if cues.pastMarkers.contains(where: sentence.utf8Contains) { return year - 1 }
        return year
    }

    /// How many concrete years (2023年) `characters` hold.
    static func concreteYearCount(_ characters: [Character]) -> Int {
        characters.indices.filter {
            if case .concrete = YearToken.at($0, in: characters) { return true }
            return false
        }.count
    }

    /// Whether `text` holds a span of years (2018—2020年), which cannot be moved to one year.
    public static func hasYearRange(_ text: String) -> Bool {
        // Every span starts with a year 20dd: no 2 (ASCII or full width), no span.
        guard text.utf8.contains(0x32) || text.utf8Contains("２") else { return false }
        let characters = Array(text)
        let dashes: Set<Character> = ["—", "–", "-", "－", "~", "～", "至", "到"]
        let joiners = dashes.union(["年", " "])
        var index = 0
        while index + 4 < characters.count {
            guard characters[index].asciiDigit == 2 else {
                index += 1
                continue
            }
            let isYear =
                characters[index..<index + 4].allSatisfy { $0.asciiDigit != nil }
                && characters[index].asciiDigit == 2 && characters[index + 1].asciiDigit == 0
            var next = index + 4
            while isYear, next < characters.count, joiners.contains(characters[next]) { next += 1 }
            let joined = isYear ? characters[(index + 4)..<next] : []
            if isYear, joined.contains(where: dashes.contains), next + 1 < characters.count,
                characters[next].asciiDigit != nil,
                characters[next + 1].asciiDigit != nil
            {
                return true
            }
            index += 1
        }
        return false
    }
}
