import BiganText

/// A place name found in a text, by character offsets.
package struct PlaceMatch: Sendable, Equatable {
    package var start: Int
    package var end: Int
    var form: String
    package var isShort: Bool
    package var places: [PlaceName]

    /// The highest-level place the form names.
    package var place: PlaceName { places.min { $0.level < $1.level }! }
}

extension PlaceIndex {
    /// Every place name in `characters` that the rules let through, left to right, longest first.
    package func matches(in characters: [Character], rules: PlaceRules) -> [PlaceMatch] {
        // Most paragraphs name no place: the text and the protected phrases are worked out at the first candidate.
        var text: String?
        var protected: [Range<Int>]?
        var found: [PlaceMatch] = []
        var index = 0
        while index < characters.count {
            let candidates = forms(in: characters, at: index)
            if candidates.isEmpty {
                index += 1
                continue
            }
            if protected == nil { protected = Self.ranges(of: rules.keepPhrases, in: characters) }
            if protected!.contains(where: { $0.contains(index) }) {
                index += 1
                continue
            }
            if text == nil { text = String(characters) }
            let hit = candidates.first { accepts($0, in: characters, text: text!, at: index, rules: rules) }
            if let hit {
                let end = index + hit.form.count
                found.append(
                    PlaceMatch(start: index, end: end, form: hit.form, isShort: hit.isShort, places: hit.places))
                index = end
            } else {
                index += 1
            }
        }
        return found
    }

    private func accepts(
        _ candidate: (form: String, isShort: Bool, places: [PlaceName]), in characters: [Character], text: String,
        at index: Int, rules: PlaceRules
    ) -> Bool {
        if rules.keep.contains(candidate.form)
            || candidate.places.contains(where: { place in
                rules.keep.contains(place.full) || place.short.map(rules.keep.contains) == true
            })
        {
            return false
        }
        guard candidate.isShort else {
            return Self.acceptsFullName(
                candidate.form, in: characters, endingAt: index + candidate.form.count, rules: rules)
        }
        if rules.notShortForms.contains(candidate.form) { return false }
        let top = candidate.places.min { $0.level < $1.level }!
        // A county's short form is a common word too often; take it only beside its full name.
        return top.level != .county
            || candidate.places.contains { hasFullName($0.full, in: characters, text: text, rules: rules) }
    }

    /// A full name is a place unless it is an everyday word or runs into one (合作市 + 场).
    static func acceptsFullName(
        _ name: String, in characters: [Character], endingAt end: Int, rules: PlaceRules
    ) -> Bool {
        if end < characters.count, rules.notBeforeChar.contains(characters[end]) { return false }
        return !rules.notFullNames.contains(name)
    }

    private func hasFullName(_ name: String, in characters: [Character], text: String, rules: PlaceRules)
        -> Bool
    {
        guard text.utf8Contains(name) else { return false }
        let needle = Array(name)
        for start in characters.indices where PhraseMatcher.matches(needle, characters, at: start) {
            if Self.acceptsFullName(name, in: characters, endingAt: start + needle.count, rules: rules) { return true }
        }
        return false
    }

    static func ranges(of phrases: [String], in characters: [Character]) -> [Range<Int>] {
        let text = String(characters)
        var ranges: [Range<Int>] = []
        for phrase in phrases where text.utf8Contains(phrase) {
            let needle = Array(phrase)
            var index = 0
            while index + needle.count <= characters.count {
                if PhraseMatcher.matches(needle, characters, at: index) {
                    ranges.append(index..<index + needle.count)
                    index += needle.count
                } else {
                    index += 1
                }
            }
        }
        return ranges
    }
}
