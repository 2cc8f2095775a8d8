import BiganText

/// Finds what a paragraph says that is true only of its own source (`AnnotationRules.FactRules`):
/// figures with units, places, named institutions and projects, titled people and campaigns of a
/// given year, each with where it stands.
public struct FactFinder: Sendable {
    /// A fact and the character offsets it spans.
    public struct Located: Sendable, Equatable {
        public var fact: Fact
        public var range: Range<Int>
    }

    let rules: AnnotationRules.FactRules
    let places: PlaceIndex
    let placeRules: PlaceRules
    package let people: PersonFinder
    private let units: PhraseMatcher
    private let campaigns: PhraseMatcher
    private let institutionSuffixes: PhraseMatcher
    private let projectSuffixes: PhraseMatcher
    private let countedLabels: Set<String>
    private let nameStops: Set<Character>
    private let sloganWords: [[Character]]

    public init(rules: AnnotationRules, places: PlaceIndex) {
        self.rules = rules.facts
        self.places = places
        placeRules = rules.places
        people = PersonFinder(rules: rules.people) { places.resolve($0) != nil }
        units = PhraseMatcher(rules.facts.units)
        campaigns = PhraseMatcher(rules.facts.campaigns)
        institutionSuffixes = PhraseMatcher(rules.facts.institutionSuffixes)
        projectSuffixes = PhraseMatcher(rules.facts.projectSuffixes)
        countedLabels = Set(rules.facts.countedLabels)
        nameStops = Set(rules.facts.nameStops)
        sloganWords = rules.facts.sloganWords.map(Array.init)
    }

    /// Every fact in `characters`, in text order.
    public func facts(in characters: [Character]) -> [Located] {
        let placeMatches = places.matches(in: characters, rules: placeRules)
        var found = figures(in: characters)
        found += placeMatches.map { Located(fact: Fact(.place, $0.form), range: $0.start..<$0.end) }
        found += names(in: characters, suffixes: institutionSuffixes, kind: .institution, places: placeMatches)
        found += names(in: characters, suffixes: projectSuffixes, kind: .project, places: placeMatches)
        found += campaigns.matches(in: characters).map { Located(fact: Fact(.campaign, $0.phrase), range: $0.range) }
        found += slogans(in: characters, places: placeMatches)
        found += people.people(in: characters).map {
            Located(fact: Fact(.person, String(characters[$0.start..<$0.titleEnd])), range: $0.start..<$0.titleEnd)
        }
        return found.sorted { ($0.range.lowerBound, -$0.range.count) < ($1.range.lowerBound, -$1.range.count) }
    }

    // MARK: Figures

    static let chineseDigits: Set<Character> = Set("零〇一二三四五六七八九十百千万亿两")
    static let numberStarts: Set<UInt32> = Set(chineseDigits.map(PhraseMatcher.key))

    /// Whether a number may start with `character` (a digit of either kind), by its scalar.
    @inline(__always)
    static func mayStartNumber(_ character: Character) -> Bool {
        numberStarts.contains(PhraseMatcher.key(character)) || character.asciiDigit != nil
    }
    static let scales: Set<Character> = Set("百千万亿")
    /// Words between a number and its unit (3000多万元, 100余家).
    static let approximations: Set<Character> = ["多", "余"]

    /// Numbers followed by a unit: 7000亿元, 5.5%, 三千多家; not years, dates or counted labels (四种精神).
    func figures(in characters: [Character]) -> [Located] {
        var found: [Located] = []
        var index = 0
        while index < characters.count {
            guard Self.mayStartNumber(characters[index]), let (end, arabic, scaled) = numberEnd(characters, from: index)
            else {
                index += 1
                continue
            }
            var unitStart = end
            while unitStart < characters.count, Self.approximations.contains(characters[unitStart]) { unitStart += 1 }
            let small = !arabic && !scaled && end - index == 1 && characters[index] != "十"
            if let unit = unit(in: characters, at: unitStart), !small,
                arabic || scaled || !countedLabels.contains(unit)
            {
                found.append(
                    Located(
                        fact: Fact(.figure, String(characters[index..<unitStart + unit.count])),
                        range: index..<unitStart + unit.count))
                index = unitStart + unit.count
            } else {
                index = end
            }
        }
        return found
    }

    /// The end of a number starting at `start`, whether it holds Arabic digits, and whether it
    /// holds a scale (百千万亿); nil when no number starts there.
    private func numberEnd(_ characters: [Character], from start: Int) -> (Int, Bool, Bool)? {
        var end = start
        var arabic = false
        var scaled = false
        while end < characters.count {
            let character = characters[end]
            if character.asciiDigit != nil {
                arabic = true
            } else if Self.chineseDigits.contains(character) {
                scaled = scaled || Self.scales.contains(character)
            } else if (character == "." || character == "．" || character == "点"), end > start,
                end + 1 < characters.count,
                characters[end + 1].asciiDigit != nil || Self.chineseDigits.contains(characters[end + 1])
            {
            } else {
                break
            }
            end += 1
        }
        guard end > start else { return nil }
        // A Chinese numeral inside a word (统一, 万一, 百姓) is not a number: it must not follow a Han character
        // that is not itself part of a number.
        if !arabic, start > 0, characters[start - 1].isHan { return nil }
        return (end, arabic, scaled)
    }

    private func unit(in characters: [Character], at index: Int) -> String? {
        guard index < characters.count else { return nil }
        return units.longestMatch(in: characters, at: index)
    }

    // MARK: Names

    /// Institutions or projects: a suffix whose name, read back to a stop character, starts with a
    /// place, holds an ordinal (第一) or is quoted.
    private func names(
        in characters: [Character], suffixes: PhraseMatcher, kind: Fact.Kind, places: [PlaceMatch]
    ) -> [Located] {
        var found: [Located] = []
        for match in suffixes.matches(in: characters) {
            let suffixStart = match.range.lowerBound
            if suffixStart > 0, characters[suffixStart - 1] == "”" || characters[suffixStart - 1] == "》" {
                let open: Character = characters[suffixStart - 1] == "”" ? "“" : "《"
                if let quote = characters[..<(suffixStart - 1)].lastIndex(of: open), suffixStart - quote <= 16 {
                    found.append(located(kind, characters, quote..<match.range.upperBound))
                }
                continue
            }
            var start = suffixStart
            while start > 0, suffixStart - start < 10, characters[start - 1].isHan,
                !nameStops.contains(characters[start - 1])
            {
                start -= 1
            }
            guard start < suffixStart else { continue }
            let stem = characters[start..<suffixStart]
            let placed = places.first { $0.start >= start && $0.start < suffixStart }
            if let placed {
                found.append(located(kind, characters, placed.start..<match.range.upperBound))
            } else if kind == .institution, Self.holdsOrdinal(stem) {
                found.append(located(kind, characters, start..<match.range.upperBound))
            }
        }
        return found
    }

    /// Slogans: a place right after a slogan word (小康平凉, 魅力平凉) is one place's own goal, a
    /// campaign that no other place's name makes true.
    private func slogans(in characters: [Character], places: [PlaceMatch]) -> [Located] {
        places.compactMap { place in
            let word = sloganWords.first {
                place.start >= $0.count && PhraseMatcher.matches($0, characters, at: place.start - $0.count)
            }
            return word.map { located(.campaign, characters, place.start - $0.count..<place.end) }
        }
    }

    private func located(_ kind: Fact.Kind, _ characters: [Character], _ range: Range<Int>) -> Located {
        Located(fact: Fact(kind, String(characters[range])), range: range)
    }

    /// Whether a name's stem holds an ordinal (市第一人民医院).
    static func holdsOrdinal(_ stem: ArraySlice<Character>) -> Bool {
        guard let mark = stem.firstIndex(of: "第"), mark + 1 < stem.endIndex else { return false }
        return chineseDigits.contains(stem[mark + 1]) || stem[mark + 1].asciiDigit != nil
    }
}
