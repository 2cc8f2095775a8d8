import BiganText

/// Keeps another sector's paragraphs out of a draft: a paragraph whose subject is one office's own
/// work (应急管理工作专业性强…, 各级纪检监察机关要…) belongs in that office's speeches, or in a
/// draft whose occasion is about that work, not under a heading that merely shares its words.
struct SectorGuard: Sendable {
    /// Each kind's phrases (its names followed by 部门, 工作 …), and whether the draft may use it.
    private let kinds: [(phrases: PhraseMatcher, allowed: Bool)]

    /// `office` is the draft's own office kind (`--org`); `themes` the themes of its template.
    init(kinds: [OfficeKind], office: OfficeKind?, themes: [String], suffixes: [String]) {
        let wanted = Set(themes)
        self.kinds = kinds.map { kind in
            let phrases = kind.names.flatMap { name in suffixes.map { name + $0 } }
            let allowed = kind.kind == office?.kind || kind.themes.first.map(wanted.contains) == true
            return (PhraseMatcher(phrases), allowed)
        }
    }

    /// A guard that admits every paragraph.
    static let none = SectorGuard(kinds: [], office: nil, themes: [], suffixes: [])

    /// Whether `subject` (a paragraph's own heading and first sentence) is about no sector, or one
    /// the draft may speak of.
    func admits(_ subject: [Character]) -> Bool {
        kinds.allSatisfy { $0.allowed || !$0.phrases.contains(in: subject) }
    }
}
