import BiganThemes

/// What the composer knows about a draft's subject beyond its template: the themes' cue words,
/// what a heading wants, the office's subject matter (`--org`) and the hints of marked gaps.
struct SectionContext: Sendable {
    let taxonomy: ThemeTaxonomy
    let headingFunction: HeadingFunction
    let composing: ComposingRules
    /// The office's kind when `--org` names one.
    let office: OfficeKind?

    /// How many of a theme's strongest cue words describe it.
    static let cuesPerTheme = 8

    /// The strongest cue words of `themes` (and the office's) that are not set phrases, for what
    /// a paragraph is about.
    func cues(for themes: [String]) -> [String] {
        let own = themes.prefix(2).flatMap { name -> [String] in
            guard let theme = taxonomy.theme(named: name) else { return [] }
            // A theme's set phrases (提高认识, 统一思想) say as little of a paragraph's subject as of a heading's.
            return theme.cues.filter { $0.weight >= 2 && !composing.headingFormulas.contains($0.phrase) }
                .sorted { $0.weight > $1.weight }.prefix(Self.cuesPerTheme).map(\.phrase)
        }
        return own + (office?.cues ?? [])
    }

    /// What a heading wants: the template's word for it, else what its words show; nil when the
    /// template lets its paragraphs do anything.
    func function(of section: BodySection, heading: String) -> ParagraphFunction? {
        section.anyFunction ? nil : section.function ?? headingFunction.function(of: heading)
    }

    /// The themes a section draws on: with `--org`, a section about subject matter (a task,
    /// the situation or a review) takes the office's themes first.
    func themes(of section: BodySection, function: ParagraphFunction?) -> [String] {
        guard let office, let function, [.task, .situation, .review].contains(function) else { return section.themes }
        var seen: Set<String> = []
        return (office.themes + section.themes).filter { seen.insert($0).inserted }
    }

    func sectionHint(for function: ParagraphFunction?) -> String {
        composing.sectionHints[(function ?? .other).rawValue] ?? composing.sectionHints["other"] ?? "具体内容"
    }
}
