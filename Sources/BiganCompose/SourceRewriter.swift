import BiganThemes

/// A library paragraph rewritten for the new draft, with what the rewriting found.
public struct RewrittenText: Sendable, Equatable {
    public var text: String
    /// Places of the source that were replaced (平凉市, 黑龙江省).
    public var replacedPlaces: [String]
    /// Placeholders the writer still has to fill ({姓名}, {单位} …).
    public var placeholders: [String]
}

/// Rewrites what is specific to a source speech (its years, places, offices, people and voice) for
/// the draft being composed. Runs, in order: repair (`&;` quotes), voice (我代表…), offices, places,
/// people, years, then the marks template sites leave (XX市).
public struct SourceRewriter: Sendable {
    let voice: VoiceRewriter
    let offices: OfficeRewriter
    let places: PlaceRewriter
    let people: PersonRewriter
    let years: YearRewriter
    let marks: GenericMarkRewriter
    let slots: SlotValues
    /// Verbs that make a report headline an instruction (see `TextRepair.speakHeadline`).
    let headlineVerbs: [String]

    public init(
        rules: RewriteRules, recognition: AnnotationRules, index: PlaceIndex, year: Int, region: String?, org: String?,
        role: SpeakerRole, slots: SlotValues = SlotValues()
    ) {
        let places = PlaceRewriter(index: index, rules: recognition.places, region: region)
        voice = VoiceRewriter(verbs: rules.voice, speaksFor: role.speaksFor)
        offices = OfficeRewriter(index: index, rules: rules, places: places, org: org, role: role)
        self.places = places
        people = PersonRewriter(finder: PersonFinder(rules: recognition.people) { index.resolve($0) != nil })
        years = YearRewriter(year: year, cues: rules.years)
        let province = places.regionPlace.flatMap { index.ancestor(of: $0, at: .province) }?.full
        marks = GenericMarkRewriter(
            marks: rules.generic.marks, titles: recognition.people.titles, region: region, province: province, org: org)
        self.slots = slots
        headlineVerbs = rules.style.headlineVerbs
    }

    /// `text` made fit for the draft.
    public func rewrite(_ text: String) -> RewrittenText {
        var out = TextRepair.repair(text)
        out = voice.rewrite(out)
        out = offices.rewrite(out)
        let placed = places.rewrite(out)
        out = people.rewrite(placed.text)
        out = years.rewrite(out)
        out = marks.rewrite(out)
        out = slots.fill(out)
        out = out.replacingAll("&;", with: "”")
        return RewrittenText(text: out, replacedPlaces: placed.replaced, placeholders: Slot.placeholders(in: out))
    }
}
