import BiganThemes

/// Replaces the places of a source speech with `--region`: 平凉 → 天水, 平凉市 → 天水市, 黑龙江省 → 甘肃省
/// (the region's own province), or {地区} when no region is given.
public struct PlaceRewriter: Sendable {
    let index: PlaceIndex
    let rules: PlaceRules
    /// The region as the user wrote it.
    let region: String?
    /// The region as a known division, when it is one.
    let regionPlace: PlaceName?

    public init(index: PlaceIndex, rules: PlaceRules, region: String?) {
        self.index = index
        self.rules = rules
        self.region = region
        self.regionPlace = region.flatMap(index.resolve)
    }

    /// `text` with every other place replaced, and the distinct names that were replaced.
    public func rewrite(_ text: String) -> (text: String, replaced: [String]) {
        let characters = Array(text)
        var out = ""
        var replaced: [String] = []
        var cursor = 0
        for match in index.matches(in: characters, rules: rules) {
            guard let replacement = replacement(for: match) else { continue }
            out += String(characters[cursor..<match.start]) + replacement
            cursor = match.end
            if !replaced.contains(match.place.full) { replaced.append(match.place.full) }
        }
        out += String(characters[cursor...])
        return (out, replaced)
    }

    /// What replaces `match`, or nil when it is the region itself, inside it, or above it.
    func replacement(for match: PlaceMatch) -> String? {
        guard let region else { return "{地区}" }
        guard let regionPlace else {
            return match.isShort ? (PlaceIndex.shortForm(of: region) ?? region) : region
        }
        if match.places.contains(where: { $0.isRelated(to: regionPlace) }) { return nil }
        let level = match.place.level
        if level > regionPlace.level { return level == .county ? "{县区}" : "{市州}" }
        let target = index.ancestor(of: regionPlace, at: level) ?? regionPlace
        return target.form(short: match.isShort)
    }

    /// Whether `text` names a place that belongs to someone else, which no rewriting makes true
    /// here: a place above the region (江西 in a city's speech), or, in text from a speech of
    /// another level than the region's, any place outside the region's family (武汉 in a
    /// provincial report). A peer of the region in a speech of its own level is that speech's own
    /// place, said as the region's.
    public func namesForeignPlace(_ text: String, sourceLevel: Scope?) -> Bool {
        guard let regionPlace else { return false }
        let sameLevelSource = sourceLevel.map { Self.placeLevel(of: $0) == regionPlace.level } ?? true
        for match in index.matches(in: Array(text), rules: rules) {
            if match.places.contains(where: { $0.isRelated(to: regionPlace) }) { continue }
            if match.place.level < regionPlace.level || !sameLevelSource { return true }
        }
        return false
    }

    /// The division level a speech's level speaks for.
    static func placeLevel(of scope: Scope) -> PlaceLevel? {
        switch scope {
        case .province: return .province
        case .city: return .prefecture
        case .county, .district: return .county
        default: return nil
        }
    }

    /// The region's names in both forms, for checks that a draft mentions it.
    public var regionForms: [String] {
        guard let region else { return [] }
        return [region, PlaceIndex.shortForm(of: region)].compactMap { $0 }
    }
}
