import BiganThemes

/// Places outside the region's family: another city's name left over from the speech a writer
/// started from. Division names that are everyday words (和平区, 红旗区) count only beside the
/// province or city they lie in.
struct PlaceCheck: SpeechCheck {
    let region: Region
    let places: PlaceIndex
    let rules: PlaceRules
    let wordLike: Set<String>
    let partners: [String]
    let routes: [String]

    func findings(in speech: CheckedSpeech) -> [Finding] {
        speech.paragraphs.flatMap { paragraph in
            let matches = places.matches(in: paragraph.characters, rules: rules)
            return matches.compactMap { match -> Finding? in
                guard !match.places.contains(where: region.holds) else { return nil }
                if isWordLike(match), !matches.contains(where: { holds($0, match) }) { return nil }
                if isPartner(match, in: paragraph, among: matches) { return nil }
                return paragraph.finding(
                    .place, match.start..<match.end,
                    why: "“\(paragraph.text(match.start..<match.end))”是\(describe(match.place))，"
                        + "不属于\(region.fullName)，可能是原稿留下的地名")
            }
        }
    }

    /// Whether the clause of `match` speaks of working with the place (加强与西安的合作) or joins it
    /// to one of the region's own places by a route (天水至陇南).
    func isPartner(_ match: PlaceMatch, in paragraph: CheckedParagraph, among matches: [PlaceMatch]) -> Bool {
        let characters = paragraph.characters
        let start = (characters[..<match.start].lastIndex { YearCheck.clauseEnds.contains($0) } ?? -1) + 1
        let end = characters[match.end...].firstIndex { YearCheck.clauseEnds.contains($0) } ?? characters.count
        let clause = paragraph.text(start..<end)
        if partners.contains(where: clause.utf8Contains) { return true }
        return routes.contains(where: clause.utf8Contains)
            && matches.contains { other in
                other.start >= start && other.end <= end && other.places.contains(where: region.holds)
            }
    }

    /// Whether the division `match` names is one whose name is an everyday word.
    func isWordLike(_ match: PlaceMatch) -> Bool {
        match.places.contains { place in
            wordLike.contains(place.short ?? place.full) || wordLike.contains(place.full)
        }
    }

    /// Whether `outer` names a place that holds one of the places `inner` may name.
    func holds(_ outer: PlaceMatch, _ inner: PlaceMatch) -> Bool {
        outer.start != inner.start && !isWordLike(outer)
            && outer.places.contains { holder in
                inner.places.contains { $0.level > holder.level && $0.isRelated(to: holder) }
            }
    }

    /// 甘肃省平凉市 for 平凉, 黑龙江省 for 龙江.
    func describe(_ place: PlaceName) -> String {
        let chain = [PlaceLevel.province, .prefecture].filter { $0 < place.level }.compactMap {
            places.ancestor(of: place, at: $0)
        }
        return (chain + [place]).map(\.full).joined()
    }
}
