import BiganText

/// Keeps another sector's paragraphs out of a draft: a paragraph whose subject is one office's own
/// work (应急管理工作专业性强…, 各级纪检监察机关要…) belongs in that office's speeches, or in a
/// draft whose occasion is about that work, not under a heading that merely shares its words. A
/// draft for an office (`--org`) goes further: nothing of another office's work anywhere in a
/// paragraph, and what it reviews and plans is its own work.
struct SectorGuard: Sendable {
    /// Each kind's phrases (its names followed by 部门, 工作 …), and whether the draft may use it.
    private let kinds: [(phrases: PhraseMatcher, allowed: Bool)]
    /// The words of the draft's own office's work (its names and cue words), when it has one.
    private let own: PhraseMatcher?
    /// The themes of the draft's own office.
    private let ownThemes: Set<String>

    /// `office` is the draft's own office kind (`--org`); `themes` the themes of its template.
    init(kinds: [OfficeKind], office: OfficeKind?, themes: [String], suffixes: [String]) {
        let wanted = Set(themes)
        self.kinds = kinds.map { kind in
            let phrases = kind.names.flatMap { name in suffixes.map { name + $0 } }
            let allowed = kind.kind == office?.kind || kind.themes.first.map(wanted.contains) == true
            return (PhraseMatcher(phrases), allowed)
        }
        own = office.map { PhraseMatcher($0.names + $0.cues) }
        ownThemes = Set(office?.themes ?? [])
    }

    /// A guard that admits every paragraph.
    static let none = SectorGuard(kinds: [], office: nil, themes: [], suffixes: [])

    /// Whether a paragraph with this `subject` (its own heading and first sentence) and `text` is
    /// about no sector, or one the draft may speak of; in an office's draft, whether the text
    /// speaks of no other office's work anywhere.
    func admits(subject: [Character], text: [Character]) -> Bool {
        let looked = own == nil ? subject : text
        return kinds.allSatisfy { $0.allowed || !$0.phrases.contains(in: looked) }
    }

    /// Whether `theme` is one of the draft's own office's.
    func isOwnTheme(_ theme: String) -> Bool {
        ownThemes.contains(theme)
    }

    /// Whether a paragraph that reviews, explains or plans work may stand in this draft: in an
    /// office's draft only when it speaks of the office's own work.
    func speaksOfOwnWork(_ text: [Character]) -> Bool {
        own?.contains(in: text) ?? true
    }
}
