import BiganOutline
import BiganText

/// The draft being built: walks a template's parts and appends blocks.
struct CompositionSession {
    let template: OccasionTemplate
    let role: SpeakerRole
    let slots: SlotValues
    let seed: UInt64
    var picker: SnippetPicker
    private(set) var blocks: [DraftBlock] = []
    /// Library paragraphs still owed so that they are at least as many as the template's own.
    var shortfall = 0

    /// The length a library paragraph aims at, and the usual length of a template paragraph.
    static let paragraphLength = 260
    static let fixedParagraphLength = 90
    /// How many paragraphs a slot may take beyond the template's count to reach the target length.
    static let extraParagraphs = 2

    init(template: OccasionTemplate, role: SpeakerRole, slots: SlotValues, seed: UInt64, picker: SnippetPicker) {
        self.template = template
        self.role = role
        self.slots = slots
        self.seed = seed
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
                kinds: [kind], themes: themes, echo: slots["会议名称"] ?? "", idealLength: Self.paragraphLength,
                opensSection: false)
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
        blocks.append(
            DraftBlock(
                type: .paragraph, part: part, text: text, snippetId: picked?.snippet.id,
                placeholders: Slot.placeholders(in: text), source: picked?.snippet.source))
    }

    mutating func appendHeading(_ text: String, level: Int, index: Int, from picked: PickedSnippet? = nil) {
        let trimmed = String(text.reversed().drop { "。；;，,".contains($0) }.reversed())
        let full = ChineseNumeral.marker(level: level, index: index) + trimmed
        blocks.append(
            DraftBlock(
                type: .heading, level: level, part: .body, text: full, snippetId: picked?.snippet.id,
                placeholders: Slot.placeholders(in: full), source: picked?.snippet.source))
    }
}
