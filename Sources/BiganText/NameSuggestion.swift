/// The names a user probably meant when the one typed is unknown: names that contain it or that it
/// contains, and names a few edits away (one in a name of up to five characters, counted in
/// characters, so one Han character is one edit).
public struct NameSuggestion: Sendable {
    /// Each known name with the other words that also name it (aliases, cue words).
    public var candidates: [(name: String, alsoKnownAs: [String])]

    public init(candidates: [(name: String, alsoKnownAs: [String])]) {
        self.candidates = candidates
    }

    public init(names: [String]) {
        self.init(candidates: names.map { ($0, []) })
    }

    /// The closest names to `wanted`, best first, at most `limit`.
    public func suggestions(for wanted: String, limit: Int = 3) -> [String] {
        let typed = Array(wanted.trimmingCharacters(in: .whitespaces).lowercased())
        guard !typed.isEmpty else { return [] }
        var ranked: [(name: String, rank: Int)] = []
        for candidate in candidates {
            let words = [candidate.name] + candidate.alsoKnownAs
            let ranks = words.map { word -> Int in
                let known = Array(word.lowercased())
                if known.isEmpty { return .max }
                if known == typed { return 0 }
                let distance = Self.editDistance(typed, known)
                if distance <= min(2, max(1, known.count / 3)) { return distance }
                if known.count >= 2, typed.count >= 2, known.contains(typed) || typed.contains(known) { return 3 }
                return .max
            }
            if let best = ranks.min(), best < .max { ranked.append((candidate.name, best)) }
        }
        return Array(ranked.sorted { $0.rank < $1.rank }.map(\.name).prefix(limit))
    }

    /// "是不是要用：A、B？", or `otherwise` when no name is close.
    public func hint(for wanted: String, otherwise: String) -> String {
        let close = suggestions(for: wanted)
        return close.isEmpty ? otherwise : "是不是要用：" + close.joined(separator: "、") + "？"
    }

    /// Levenshtein distance over characters.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
