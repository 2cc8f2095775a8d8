import BiganText

/// Years left over from the speech a writer started from: a year written as 20xx, and a concrete
/// year where its words say which year it must be (今年, 去年, this meeting, this year's plan) and
/// it is another. Targets (到2035年, 2027年底前) and history (2020年以来) are never stale.
struct YearCheck: SpeechCheck {
    /// The speech's year; nil checks placeholders only.
    let year: Int?
    let cues: CheckingRules.Years

    static let clauseEnds: Set<Character> = SentenceEnds.final.union(SentenceEnds.clauseMarks).subtracting(["、"])

    func findings(in speech: CheckedSpeech) -> [Finding] {
        speech.paragraphs.flatMap { paragraph in
            let characters = paragraph.characters
            var found: [Finding] = []
            var index = 0
            while index < characters.count {
                guard let token = YearToken.at(index, in: characters) else {
                    index += 1
                    continue
                }
                let end = index + YearToken.length
                let range = index..<end + (end < characters.count && characters[end] == "年" ? 1 : 0)
                switch token {
                case .placeholder:
                    found.append(
                        paragraph.finding(.year, range, why: "“\(paragraph.text(range))”是范文留下的年份占位，请填上实际年份"))
                case .concrete(let value):
                    if let why = staleness(of: value, at: index, in: paragraph) {
                        found.append(paragraph.finding(.year, range, why: why))
                    }
                }
                index += YearToken.length
            }
            return found
        }
    }

    /// Why the year `value` at `start` is stale, or nil when it is not (or nothing says which it must be).
    func staleness(of value: Int, at start: Int, in paragraph: CheckedParagraph) -> String? {
        let words = YearContext(paragraph.characters, yearAt: start, clauseEnds: Self.clauseEnds)
        let plan = cues.plans.first { words.clause.utf8Contains($0.name) }
        if let plan, let (place, expected) = planYear(plan, clause: words.clause) {
            return value == expected ? nil : "“\(plan.name)”的\(place)是\(expected)年，这里写的是\(value)年"
        }
        guard let year, value != year else { return nil }
        let isThisMeeting = paragraph.role == .front || cues.thisMeeting.contains(where: words.sentence.utf8Contains)
        if cues.targetBefore.contains(where: words.before.hasSuffix)
            || cues.targetAfter.contains(where: words.after.hasPrefix)
        {
            let asked = cues.deadline.contains(where: words.sentence.utf8Contains)
            let done = cues.done.contains(where: words.sentence.utf8Contains)
            return value < year && asked && !done ? "目标年份\(value)年已经过去（讲话是\(year)年的），可能是旧稿留下的" : nil
        }
        if cues.lastYear.contains(where: words.clause.utf8Contains) {
            return value == year - 1 ? nil : "按上下文（“去年”）应是\(year - 1)年，这里写的是\(value)年"
        }
        if cues.nextYear.contains(where: words.clause.utf8Contains) {
            return value == year + 1 ? nil : "按上下文（“明年”）应是\(year + 1)年，这里写的是\(value)年"
        }
        if let cue = cues.thisYear.first(where: words.clause.utf8Contains)
            ?? (words.otherYears || plan != nil ? nil : cues.thisYearWeak.first(where: words.clause.utf8Contains))
        {
            return "按上下文（“\(cue)”）应是今年即\(year)年，这里写的是\(value)年"
        }
        if let plan = cues.thisYearAfter.first(where: words.after.utf8Contains), value < year {
            return "\(value)年的“\(plan)”出现在\(year)年的讲话里，年份可能没有改"
        }
        if cues.reviewAfter.contains(where: words.after.utf8Contains)
            || cues.annualAfter.contains(where: words.after.hasPrefix)
        {
            return value == year - 1 || value == year ? nil : "回顾的应是\(year - 1)年的工作，这里写的是\(value)年"
        }
        if cues.meeting.contains(where: words.after.utf8Contains), isThisMeeting,
            !cues.meetingPast.contains(where: words.sentence.utf8Contains)
        {
            return "本次会议在\(year)年召开，这里写的是\(value)年"
        }
        return nil
    }

    /// The year a clause naming `plan` fixes: its first (开局之年) or last (收官之年), with the word.
    func planYear(_ plan: CheckingRules.Plan, clause: String) -> (String, Int)? {
        if let word = cues.planFirst.first(where: clause.utf8Contains) { return (word, plan.first) }
        if let word = cues.planLast.first(where: clause.utf8Contains) { return (word, plan.first + 4) }
        return nil
    }
}

/// The words around a year: its clause before and after it, the whole clause and sentence, and
/// whether the sentence names another year.
struct YearContext {
    var before: String
    var after: String
    var clause: String
    var sentence: String
    var otherYears: Bool

    init(_ characters: [Character], yearAt start: Int, clauseEnds: Set<Character>) {
        let end = start + YearToken.length
        let clauseStart = (characters[..<start].lastIndex { clauseEnds.contains($0) } ?? -1) + 1
        let clauseEnd = characters[end...].firstIndex { clauseEnds.contains($0) } ?? characters.count
        let sentenceStart = (characters[..<start].lastIndex { SentenceEnds.final.contains($0) } ?? -1) + 1
        let sentenceEnd = characters[end...].firstIndex { SentenceEnds.final.contains($0) } ?? characters.count
        before = String(characters[clauseStart..<start])
        after = String(characters[end..<clauseEnd].drop { $0 == "年" })
        clause = String(characters[clauseStart..<clauseEnd])
        sentence = String(characters[sentenceStart..<sentenceEnd])
        otherYears = (sentenceStart..<sentenceEnd).contains { index in
            index != start && YearToken.at(index, in: characters) != nil
        }
    }
}
