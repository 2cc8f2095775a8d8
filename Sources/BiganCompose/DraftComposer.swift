import BiganText
import Foundation

/// Composes a speech draft from an occasion template, a role and the library's snippets.
///
/// Template text gives the salutation, opening, transition and closing in the role's voice; the
/// body's paragraphs come from the library, chosen by theme and fit, rewritten for the draft's
/// year, region, office and speaker. The same request and seed always give the same draft.
public struct DraftComposer: Sendable {
    let catalog: any SnippetCatalog
    let store: TemplateStore
    let rules: RewriteRules
    let places: PlaceIndex

    public init(catalog: any SnippetCatalog, store: TemplateStore, rules: RewriteRules, places: PlaceIndex) {
        self.catalog = catalog
        self.store = store
        self.rules = rules
        self.places = places
    }

    /// Loads templates, roles, rewriting rules and place names from the bundled resources and the user's config.
    public static func standard(
        catalog: any SnippetCatalog, resources: ResourceLocator, configHome: URL?, knownThemes: Set<String>?
    ) throws -> DraftComposer {
        DraftComposer(
            catalog: catalog,
            store: try TemplateStore.load(resources: resources, configHome: configHome, knownThemes: knownThemes),
            rules: try RewriteRules.load(data: resources.data),
            places: try PlaceIndex.load(data: resources.data))
    }

    /// The draft for `request`.
    public func compose(_ request: DraftRequest) async throws -> Draft {
        let template = try store.template(for: request.occasion)
        let role = try store.role(named: request.role)
        let slots = slotValues(request, template, role)
        let rewriter = SourceRewriter(
            rules: rules, index: places, year: request.year, region: request.region, org: request.org, role: role)
        var session = CompositionSession(
            template: template, role: role, slots: slots, seed: request.seed,
            picker: SnippetPicker(
                catalog: catalog, rewriter: rewriter,
                scorer: SnippetScorer(template: template, role: role, rules: rules),
                fallbackThemes: template.themes, seed: request.seed))
        for part in template.parts {
            try await session.add(part)
        }
        var generator = SeededGenerator.forDecision(seed: request.seed, "title")
        return Draft(
            occasion: template.occasion, role: role.name, title: slots.fill(template.title.pick(using: &generator)),
            byline: slots.fill("{职务} {姓名}（{年份}年{月}月{日}日）"), blocks: session.blocks)
    }
}
