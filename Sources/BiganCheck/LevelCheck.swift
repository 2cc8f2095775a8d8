import BiganText
import BiganThemes

/// Another level's self-reference (我区 in a city's speech, 全县 in a district's) and another
/// voice's (我局 in a 市长's): words a speech keeps from one given at another level or office.
struct LevelCheck: SpeechCheck {
    /// The level the speech speaks at; nil leaves the levels' words unchecked.
    let level: Scope?
    /// The speaker's voice and own bodies; nil leaves the voices' words unchecked.
    let voice: Speaker.Voice?
    let ownBodies: [String]
    /// The speaker's role (市长), as the findings name it.
    let speakerName: String?
    /// The region, for 全区 spoken in an autonomous region.
    let region: Region?
    let levels: [CheckingRules.LevelWords]
    let voices: [CheckingRules.VoiceWords]
    private let matcher: PhraseMatcher
    /// Every word and the row it belongs to; nil for an ignore phrase.
    private let meaning: [String: Meaning?]

    enum Meaning: Equatable {
        case level(Scope)
        case voice(CheckingRules.VoiceWords)
    }

    init(
        level: Scope?, voice: Speaker.Voice?, ownBodies: [String], speakerName: String?, region: Region?,
        levels: [CheckingRules.LevelWords], voices: [CheckingRules.VoiceWords]
    ) {
        self.speakerName = speakerName
        self.level = level
        self.voice = voice
        self.ownBodies = ownBodies
        self.region = region
        self.levels = levels
        self.voices = voices
        var meaning: [String: Meaning?] = [:]
        for row in levels {
            for word in row.words { meaning[word] = .level(row.level) }
            for phrase in row.ignore ?? [] { meaning[phrase] = .some(nil) }
        }
        for row in voices {
            for word in row.words { meaning[word] = .voice(row) }
        }
        self.meaning = meaning
        matcher = PhraseMatcher(Array(meaning.keys))
    }

    func findings(in speech: CheckedSpeech) -> [Finding] {
        speech.paragraphs.flatMap { paragraph in
            matcher.matches(in: paragraph.characters).compactMap { match -> Finding? in
                guard let meaning = meaning[match.phrase] ?? nil, let why = why(match.phrase, meaning) else {
                    return nil
                }
                return paragraph.finding(.level, match.range, why: why)
            }
        }
    }

    func why(_ word: String, _ meaning: Meaning) -> String? {
        switch meaning {
        case .level(let wordLevel):
            guard let level, !Self.mayUse(wordLevel, at: level, autonomous: region?.isInAutonomousRegion == true)
            else { return nil }
            return "“\(word)”是\(wordLevel.displayName)的自称，这篇讲话是\(level.displayName)的"
                + (region.map { "（\($0.name)）" } ?? "") + "，可能是旧稿留下的"
        case .voice(let row):
            guard let voice else { return nil }
            if voice == row.voice, ownBodies.contains(where: { $0.utf8Contains(row.office) }) { return nil }
            let speaker = speakerName.map { "（\($0)）" } ?? ""
            return "“\(word)”是\(Self.officeName(row))的自称，与讲话人\(speaker)的身份不符，可能是旧稿留下的"
        }
    }

    /// Whether a speech at `level` may use the words of `wordLevel`: its own and those above it
    /// (a city's speech says 我省); in an autonomous region 全区 is the region speaking.
    static func mayUse(_ wordLevel: Scope, at level: Scope, autonomous: Bool) -> Bool {
        if autonomous, wordLevel == .district { return true }
        return wordLevel == level || rank(wordLevel) < rank(level)
    }

    /// Counties and districts stand side by side, below the city.
    static func rank(_ scope: Scope) -> Int {
        switch scope {
        case .national: 0
        case .province: 1
        case .city: 2
        case .county, .district: 3
        default: 4
        }
    }

    static func officeName(_ row: CheckingRules.VoiceWords) -> String {
        row.voice == .office ? "办公室" : "\(row.office)机关"
    }
}
