import BiganText

/// Tells the level a text speaks at from its words (`AnnotationRules.ScopeRules`): an office's
/// own staff first, then a bureau's voice, then the level words in the order the table gives them.
/// Longer phrases hide the cues inside them (自治区 hides 区).
struct ScopeReader: Sendable {
    /// Every cue and ignore phrase, with the scope it shows (nil: an ignore phrase).
    private let matcher: PhraseMatcher
    private let meaning: [String: Scope?]
    /// Scopes in the order they win.
    private let order: [Scope]

    init(rules: AnnotationRules.ScopeRules) {
        var meaning: [String: Scope?] = [:]
        // A phrase one scope names as a cue and another ignores (各县区: a city's word, not a
        // district's) is the cue: an ignore phrase only hides what it holds for the other scopes.
        func add(_ cues: [String], _ scope: Scope, ignore: [String]?) {
            for cue in cues where (meaning[cue] ?? nil) == nil { meaning[cue] = scope }
            for phrase in ignore ?? [] where meaning[phrase] == nil { meaning[phrase] = .some(nil) }
        }
        add(rules.office.cues, .office, ignore: rules.office.ignore)
        add(rules.department.cues, .department, ignore: rules.department.ignore)
        for level in rules.levels { add(level.cues, level.level, ignore: level.ignore) }
        self.meaning = meaning
        matcher = PhraseMatcher(Array(meaning.keys))
        order = [.office, .department] + rules.levels.map(\.level)
    }

    /// How many times each scope's words occur in `characters`.
    func counts(in characters: [Character]) -> [Scope: Int] {
        var counts: [Scope: Int] = [:]
        for match in matcher.matches(in: characters) {
            if let scope = meaning[match.phrase] ?? nil { counts[scope, default: 0] += 1 }
        }
        return counts
    }

    /// The scope the words of `characters` show, nil when they show none: an office's or a
    /// bureau's own words first, else the level whose words occur most (ties to the earlier level).
    func scope(of characters: [Character]) -> Scope? {
        let counts = counts(in: characters)
        if counts[.office] != nil { return .office }
        if counts[.department] != nil { return .department }
        let levels = order.filter { Scope.levels.contains($0) && counts[$0] != nil }
        return levels.max { counts[$0]! < counts[$1]! || (counts[$0]! == counts[$1]! && order(of: $0) > order(of: $1)) }
    }

    private func order(of scope: Scope) -> Int { order.firstIndex(of: scope) ?? order.count }

    /// The level a whole speech speaks at: a bureau's own (`department`) when its words for the
    /// bureau's own voice are many, else the level whose words it uses most (title three times);
    /// nil when it uses none.
    func level(title: String?, texts: [String]) -> Scope? {
        var counts = counts(in: Array(title ?? "")).mapValues { $0 * 3 }
        for text in texts { counts.merge(self.counts(in: Array(text)), uniquingKeysWith: +) }
        let level = Scope.levels.filter { (counts[$0] ?? 0) > 0 }.max { counts[$0]! < counts[$1]! }
        let bureau = counts[.department] ?? 0
        if bureau >= Self.bureauWords, bureau * 2 >= level.flatMap({ counts[$0] }) ?? 0 { return .department }
        return level
    }

    /// How many words of a bureau's own voice make a whole speech a bureau's.
    static let bureauWords = 3
}
