import BiganText
import BiganThemes
import Foundation

/// Composes a speech draft from an occasion template, a role and the library's snippets.
///
/// Template text gives the salutation, opening, transition and closing in the role's voice; the
/// body's paragraphs come from the library, chosen by what they are about and what they do, of a
/// scope the audience may hear, rewritten for the draft's level, year, region, office and speaker,
/// another source's facts left as marked gaps. The same request and seed always give the same draft.
public struct DraftComposer: Sendable {
    let catalog: any SnippetCatalog
    let store: TemplateStore
    let rules: RewriteRules
    let recognition: AnnotationRules
    let composing: ComposingRules
    let places: PlaceIndex
    let taxonomy: ThemeTaxonomy
    let offices: [OfficeKind]

    public init(
        catalog: any SnippetCatalog, store: TemplateStore, rules: RewriteRules, recognition: AnnotationRules,
        composing: ComposingRules, places: PlaceIndex, taxonomy: ThemeTaxonomy, offices: [OfficeKind] = []
    ) {
        self.catalog = catalog
        self.store = store
        self.rules = rules
        self.recognition = recognition
        self.composing = composing
        self.places = places
        self.taxonomy = taxonomy
        self.offices = offices
    }

    /// Loads templates, roles, rules, place names and office kinds from the bundled resources and
    /// the user's config; templates are checked against `taxonomy` (the bundled and the user's themes).
    public static func standard(
        catalog: any SnippetCatalog, resources: ResourceLocator, configHome: URL?, taxonomy: ThemeTaxonomy
    ) throws -> DraftComposer {
        let themes = Set(taxonomy.themes.map(\.name))
        let recognition = try AnnotationRules.load(data: resources.data)
        return DraftComposer(
            catalog: catalog,
            store: try TemplateStore.load(resources: resources, configHome: configHome, knownThemes: themes),
            rules: try RewriteRules.load(data: resources.data),
            recognition: recognition,
            composing: try ComposingRules.load(data: resources.data),
            places: try PlaceIndex.load(data: resources.data, nicknames: recognition.places.nicknames),
            taxonomy: taxonomy,
            offices: try OfficeKind.load(data: resources.data, configHome: configHome, knownThemes: themes))
    }

    /// Template files that were skipped for a mistake (file, line and what): the other occasions
    /// still draft.
    public var problems: [BiganError] { store.problems }

    /// The draft for `request`.
    public func compose(_ request: DraftRequest) async throws -> Draft {
        try request.validate()
        var template = try store.template(for: request.occasion)
        if let outline = request.outline {
            template = try template.replacingBody(with: sections(from: outline, template: template))
        }
        let role = try store.role(named: request.role)
        let slots = slotValues(request, template, role)
        let audience = Audience(role: role, template: template, region: request.region, places: places)
        let rewriter = SourceRewriter(
            rules: rules, recognition: recognition, index: places, year: request.year, region: request.region,
            org: request.org, role: role)
        let office = request.org.flatMap { OfficeKind.of($0, among: offices) }
        let sectors = SectorGuard(
            kinds: offices, office: office, themes: template.themes, suffixes: composing.sectorSuffixes)
        let scorer = SnippetScorer(
            template: template, role: role, rules: rules, composing: composing, audience: audience, sectors: sectors,
            preferredSources: request.preferredSources, excludedSources: request.excludedSources)
        var picker = SnippetPicker(
            catalog: catalog, rewriter: rewriter, levels: LevelRewriter(rules: composing),
            facts: FactSlots(finder: FactFinder(rules: recognition, places: places), rules: composing), scorer: scorer,
            fallbackThemes: template.themes, seed: request.seed)
        for block in request.locked.values where block.snippetId != nil {
            picker.use(PickedSnippet(snippet: .placeholder(id: block.snippetId!), text: block.text, items: []))
        }
        let context = SectionContext(
            taxonomy: taxonomy, headingFunction: HeadingFunction(rules: composing), composing: composing,
            office: office)
        var session = CompositionSession(
            template: template, role: role, slots: slots, seed: request.seed, context: context, picker: picker)
        for part in template.parts {
            try await session.add(part)
        }
        try await session.fillToLength()
        var generator = SeededGenerator.forDecision(seed: request.seed, "title")
        var blocks = session.blocks
        for (index, block) in request.locked where blocks.indices.contains(index) && blocks[index].type == block.type {
            blocks[index] = block
        }
        return Draft(
            occasion: template.occasion, role: role.name, title: slots.fill(template.title.pick(using: &generator)),
            byline: slots.fill("{职务} {姓名}（{年份}年{月}月{日}日）"), blocks: blocks, shortages: session.shortages)
    }

    /// The body sections of the writer's own outline: top-level headings become sections, the
    /// ones below them sub-sections, each drawing on the themes its words show.
    func sections(from outline: WriterOutline, template: OccasionTemplate) throws -> [BodySection] {
        let tagger = ThemeTagger(taxonomy: taxonomy)
        let top = outline.headings.map(\.level).min() ?? 1
        func themes(_ text: String) -> [String] {
            let tagged = tagger.tag(text: text, headingPath: []).prefix(3).map(\.theme)
            return tagged.isEmpty ? Array(template.themes.prefix(2)) : tagged
        }
        var sections: [BodySection] = []
        for heading in outline.headings {
            var section = BodySection(
                heading: TextChoice([heading.text]), themes: themes(heading.text), paragraphs: 1)
            section.writerOwned = true
            section.writerLevel = heading.level - top + 1
            if heading.level > top, !sections.isEmpty {
                sections[sections.count - 1].subsections.append(section)
                sections[sections.count - 1].paragraphs = 0
            } else {
                section.paragraphs = 2
                sections.append(section)
            }
        }
        guard !sections.isEmpty else {
            throw BiganError(file: "", "提纲里没有标题（以 一、（一）等序号开头的行）")
        }
        return sections
    }
}

extension CatalogSnippet {
    /// A stand-in for a snippet the writer locked: only its id matters.
    static func placeholder(id: Int64) -> CatalogSnippet {
        CatalogSnippet(id: id, kind: .paragraph, text: "", source: DraftSource(file: "", speech: nil, line: 0))
    }
}
