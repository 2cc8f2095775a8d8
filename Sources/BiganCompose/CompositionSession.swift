import BiganOutline
import BiganText
import BiganThemes

/// The draft being built: walks a template's parts and appends blocks.
struct CompositionSession {
    let template: OccasionTemplate
    let role: SpeakerRole
    let slots: SlotValues
    let seed: UInt64
    let context: SectionContext
    var picker: SnippetPicker
    private(set) var blocks: [DraftBlock] = []
    private(set) var shortages: [Shortage] = []
    /// The body's slots that may take more paragraphs.
    var fillSlots: [FillSlot] = []
    /// Library paragraphs still owed so that they are at least as many as the template's own.
    var shortfall = 0
    /// The headings still to come after the one being filled: a paragraph that fits one of them
    /// much better is left for it.
    var upcoming: [String] = []

    /// The length a library paragraph aims at, and the usual length of a template paragraph.
    static let paragraphLength = 260
    static let fixedParagraphLength = 90
    /// The share of the template's length the body fills up to, and in how many rounds at most
    /// (each slot takes at most one more paragraph a round).
    static let fillShare = 0.95
    static let fillRounds = 6
    /// The length of a usual library paragraph, for how many a slot has room for.
    static let usualParagraph = 200
    /// A draft under this share of the template's length after filling marks where it is short.
    static let shortShare = 0.85

    init(
        template: OccasionTemplate, role: SpeakerRole, slots: SlotValues, seed: UInt64, context: SectionContext,
        picker: SnippetPicker
    ) {
        self.template = template
        self.role = role
        self.slots = slots
        self.seed = seed
        self.context = context
        self.picker = picker
    }

    mutating func add(_ part: TemplatePart) async throws {
        switch part {
        case .salutation:
            let text = fill(template.salutation ?? role.salutation, key: "salutation")
            blocks.append(
                DraftBlock(type: .salutation, part: .opening, text: text, placeholders: Slot.placeholders(in: text)))
        case .fixed(let name, let entries):
            for (index, entry) in entries.enumerated() {
                try await add(entry, part: name.speechPart, key: "\(name.rawValue).\(index)")
            }
        case .body(let sections):
            try await addBody(sections)
        }
    }

    mutating func add(_ entry: TemplateEntry, part: SpeechPart, key: String) async throws {
        switch entry {
        case .text(let choice):
            appendParagraph(fill(choice, key: key), part: part)
        case .library(let kind, let themes, let count):
            let want = SnippetScorer.Want(
                kinds: [kind], themes: themes, echo: slots["会议名称"] ?? "", function: nil,
                cues: context.cues(for: themes), idealLength: Self.paragraphLength, opensSection: false)
            for picked in try await picker.pick(want, count: count, key: key) {
                appendParagraph(picked.text, part: part, from: picked)
            }
        }
    }

    /// One wording of `choice`, picked for the slot named `key`, with its slots filled.
    func fill(_ choice: TextChoice, key: String, extra: SlotValues = SlotValues()) -> String {
        var generator = SeededGenerator.forDecision(seed: seed, key)
        var values = slots
        values.values.merge(extra.values) { _, new in new }
        return values.fill(choice.pick(using: &generator))
    }

    mutating func appendParagraph(_ text: String, part: SpeechPart, from picked: PickedSnippet? = nil) {
        if picked == nil { picker.useTemplateText(text) }
        blocks.append(Self.block(text, part: part, from: picked))
    }

    /// A library paragraph placed after the block at `index`.
    /// Inserts `block` after the block at `index`, keeping the fill slots' anchors on their blocks.
    mutating func insertBlock(_ block: DraftBlock, after index: Int) {
        blocks.insert(block, at: index + 1)
        for other in fillSlots.indices where fillSlots[other].anchor >= index {
            fillSlots[other].anchor += 1
        }
    }

    mutating func recordShortage(_ shortage: Shortage) {
        shortages.append(shortage)
    }

    static func block(_ text: String, part: SpeechPart, from picked: PickedSnippet?) -> DraftBlock {
        DraftBlock(
            type: .paragraph, part: part, text: text, snippetId: picked?.snippet.id,
            placeholders: Slot.placeholders(in: text), source: picked?.snippet.source, why: picked.map(\.why),
            alternatives: picked?.alternatives ?? [])
    }

    mutating func appendHeading(_ text: String, level: Int, index: Int, from picked: PickedSnippet? = nil) {
        let trimmed = String(text.reversed().drop { "。；;，,".contains($0) }.reversed())
        appendHeading(exactly: ChineseNumeral.marker(level: level, index: index) + trimmed, level: level, from: picked)
    }

    /// A heading as written (the writer's own outline keeps its markers and words).
    mutating func appendHeading(exactly text: String, level: Int, from picked: PickedSnippet? = nil) {
        blocks.append(
            DraftBlock(
                type: .heading, level: level, part: .body, text: text, snippetId: picked?.snippet.id,
                placeholders: Slot.placeholders(in: text), source: picked?.snippet.source))
    }

    /// A marked gap that tells the writer what belongs under `heading`, and the shortage it records.
    mutating func appendGap(
        heading: String, themes: [String] = [], function: ParagraphFunction?, wanted: Int, found: Int
    ) {
        appendParagraph(
            FactSlots.open + Self.gapSubject(heading, themes) + slots.fill(context.sectionHint(for: function))
                + FactSlots.close, part: .body)
        shortages.append(Shortage(heading: heading, wanted: wanted, found: found))
    }

    /// What a marked gap is about: its heading, or the themes of a section without one.
    static func gapSubject(_ heading: String, _ themes: [String]) -> String {
        let core = MarkerTable.headingCore(heading) ?? heading
        if !core.isEmpty { return core + "——" }
        return themes.isEmpty ? "" : themes.prefix(2).joined(separator: "、") + "方面——"
    }
}
