import BiganLibrary
import BiganOutline
import BiganText
import BiganThemes
import Foundation

/// A library snippet chosen for a draft, rewritten for it.
struct PickedSnippet: Sendable {
    var snippet: CatalogSnippet
    var text: String
    /// A `set` snippet's items, rewritten and without their old markers.
    var items: [String]
    /// Why it fits, in a few words.
    var why: String = ""
    /// The next best candidates of its slot.
    var alternatives: [Alternative] = []
}

/// Chooses snippets for the slots of one draft: asks the catalog for candidates this audience may
/// use, keeps those that fit the slot (what they are about, their themes, what they do), rewrites
/// the best for the draft (level, facts, places, people, years), draws among those as good as the
/// best by the seed, and never gives the same (or a near-identical) text twice.
struct SnippetPicker {
    let catalog: any SnippetCatalog
    let rewriter: SourceRewriter
    let levels: LevelRewriter
    let facts: FactSlots
    let scorer: SnippetScorer
    /// Themes to widen a search to when a slot's own themes find too little.
    let fallbackThemes: [String]
    let seed: UInt64
    private(set) var usedIDs: Set<Int64> = []
    private(set) var similarity = SimilarityGuard()
    private var features: [Int64: SnippetScorer.Features] = [:]
    private var rewritten: [Int64: (text: RewrittenText, gaps: Int)?] = [:]
    /// The catalog's answers so far: slots of one draft ask the same fallback queries again.
    private var answers: [CatalogQuery: [CatalogSnippet]] = [:]

    /// How many of the best-looking candidates are rewritten and rescored.
    static let shortlist = 16
    static let alternatives = 3

    init(
        catalog: any SnippetCatalog, rewriter: SourceRewriter, levels: LevelRewriter, facts: FactSlots,
        scorer: SnippetScorer, fallbackThemes: [String], seed: UInt64
    ) {
        self.catalog = catalog
        self.rewriter = rewriter
        self.levels = levels
        self.facts = facts
        self.scorer = scorer
        self.fallbackThemes = fallbackThemes
        self.seed = seed
    }

    var weights: ScoringWeights { scorer.weights }

    /// A candidate that fits, with its score.
    struct Ranked {
        var picked: PickedSnippet
        var score: Double
    }

    /// Up to `count` snippets for `want`, each with its alternatives; `key` names the slot so each
    /// slot draws independently.
    mutating func pick(_ want: SnippetScorer.Want, count: Int, key: String) async throws -> [PickedSnippet] {
        guard count > 0 else { return [] }
        var ranked = try await rankedCandidates(want, needed: count)
        // The slot's own starting place among those as good as the best, then one further on for
        // each seed: neighbouring seeds take different paragraphs wherever there is a choice.
        var slot = SeededGenerator.forDecision(seed: 0, key)
        var turn = Int(slot.nextUnit() * 997) + Int(seed % 997)
        var picked: [PickedSnippet] = []
        while picked.count < count, let best = ranked.first?.score {
            let window = ranked.prefix(weights.pool).prefix { $0.score >= best - weights.tolerance }
            let choice = turn % max(window.count, 1)
            turn += 1
            var chosen = ranked.remove(at: choice)
            guard similarity.isFresh(chosen.picked.text) else { continue }
            use(chosen.picked)
            let guardNow = similarity
            chosen.picked.alternatives = ranked.filter { guardNow.isFresh($0.picked.text) }
                .prefix(Self.alternatives).map {
                    Alternative(snippetId: $0.picked.snippet.id, text: $0.picked.text, why: $0.picked.why)
                }
            picked.append(chosen.picked)
        }
        return picked
    }

    /// A `set` snippet (四种精神 …) on `themes` with 2 to 6 items, if the library has one this audience may use.
    mutating func pickSet(themes: [String], echo: String, key: String) async throws -> PickedSnippet? {
        let query = CatalogQuery(kinds: [.set], themes: themes, scopes: scorer.audience.scopes, limit: 40)
        let candidates = try await catalog.candidates(query).filter {
            !usedIDs.contains($0.id) && (2...6).contains($0.items?.count ?? 0) && $0.label != nil
                && scorer.admission(of: $0) == .asIs
        }
        guard !candidates.isEmpty else { return nil }
        let scale = SnippetScorer.themeScale(candidates)
        let ranked = candidates.map { snippet -> (PickedSnippet, Double) in
            let items = (snippet.items ?? []).map { rewriter.rewrite(TextRepair.stripLeadingMarker($0)).text }
            let label = rewriter.rewrite(snippet.label ?? "").text
            var score =
                weights.themeFit * scorer.themeFit(snippet, themes, scale)
                + Bigrams.coverage(of: echo, in: Bigrams.of(snippet.text))
            score -= weights.setPlaceholder * Double(Slot.placeholders(in: items.joined() + label).count)
            return (PickedSnippet(snippet: snippet, text: label, items: items), score)
        }.sorted { ($0.1, -$0.0.snippet.id) > ($1.1, -$1.0.snippet.id) }
        var generator = SeededGenerator.forDecision(seed: seed, key)
        let best = ranked[0].1
        let window = ranked.prefix(weights.pool).prefix { $0.1 >= best - weights.tolerance }
        let chosen = window[Int(generator.nextUnit() * Double(window.count)) % window.count].0
        usedIDs.insert(chosen.snippet.id)
        return chosen
    }

    /// Candidates that fit and may be used, best first: all are scored cheaply, the best few
    /// rewritten and rescored.
    mutating func rankedCandidates(_ want: SnippetScorer.Want, needed: Int) async throws -> [Ranked] {
        if scorer.template.ownRegister {
            let query = CatalogQuery(
                kinds: want.kinds, themes: [], scopes: scorer.audience.scopes, occasion: scorer.template.occasion,
                limit: 400)
            // What a paragraph does counts in its score, not as a bar: the occasion's own speeches
            // do what it needs.
            var anyFunction = want
            anyFunction.function = nil
            let usable = try await candidates(query).filter { scorer.admits($0, anyFunction) }
            let own = usable.filter { !usedIDs.contains($0.id) }
            // The occasion's own speeches say what it needs in its register, best fit first: under
            // a heading those that touch it, and other speeches' that fit it after them; without a
            // heading a library that has them gives no other speech's paragraphs (a gap is better).
            if !usable.isEmpty {
                if want.echo.isEmpty { return ranked(own, want, needed: needed, fits: { _ in true }) }
                let touch = weights.aboutTouch
                let touching = ranked(own, want, needed: needed) { $0.about >= touch || $0.themes > 0 }
                if touching.count >= needed { return touching }
                let ownIDs = Set(touching.map(\.picked.snippet.id))
                return try await touching
                    + generalCandidates(want, needed: needed).filter { !ownIDs.contains($0.picked.snippet.id) }
            }
        }
        return try await generalCandidates(want, needed: needed)
    }

    /// Candidates from the slot's themes, then the fallback themes, then any, that fit `want`.
    mutating func generalCandidates(_ want: SnippetScorer.Want, needed: Int) async throws -> [Ranked] {
        var seen: Set<Int64> = []
        var snippets: [CatalogSnippet] = []
        for (pass, themes) in [want.themes, fallbackThemes, []].enumerated() {
            // The paragraphs under a heading like the echo are looked up once, in the first pass.
            let query = CatalogQuery(
                kinds: want.kinds, themes: themes, keywords: pass == 0 ? [want.echo] : [],
                scopes: scorer.audience.scopes, limit: 150)
            for snippet in try await candidates(query)
            where !usedIDs.contains(snippet.id) && seen.insert(snippet.id).inserted && scorer.admits(snippet, want) {
                snippets.append(snippet)
            }
            if snippets.count >= needed * 6 { break }
        }
        return ranked(snippets, want, needed: needed, fits: scorer.fits)
    }

    /// `snippets` whose fit to `want` passes `fits`, best first: all are scored cheaply, the best
    /// few rewritten and rescored.
    mutating func ranked(
        _ snippets: [CatalogSnippet], _ want: SnippetScorer.Want, needed: Int,
        fits: (SnippetScorer.Fit) -> Bool
    ) -> [Ranked] {
        for snippet in snippets where features[snippet.id] == nil {
            features[snippet.id] = scorer.features(of: snippet)
        }
        let scale = SnippetScorer.themeScale(snippets)
        let rarity = BigramRarity(documents: snippets.map { features[$0.id]!.about })
        let wanted = Bigrams.of(scorer.composing.subject(of: want.echo)).subtracting(Bigrams.common)
        let cues = want.cues.map { Bigrams.of($0) }
        let later = want.later.map { Bigrams.of(scorer.composing.subject(of: $0)).subtracting(Bigrams.common) }
        let scored = snippets.compactMap { snippet -> (CatalogSnippet, Double, SnippetScorer.Fit)? in
            let features = features[snippet.id]!
            let fit = scorer.fit(
                snippet, features, want: want, wanted: wanted, cues: cues, later: later, rarity: rarity,
                themeScale: scale)
            guard !fit.belongsLater, fits(fit) else { return nil }
            return (snippet, scorer.preScore(snippet, features, fit: fit, want: want), fit)
        }.sorted { ($0.1, -$0.0.id) > ($1.1, -$1.0.id) }
        return scored.prefix(Self.shortlist + needed).compactMap { snippet, score, fit in
            guard let (text, gaps) = rewrite(snippet) else { return nil }
            let picked = PickedSnippet(snippet: snippet, text: text.text, items: [], why: why(snippet, fit, want))
            return Ranked(picked: picked, score: score - scorer.rewritePenalty(text, gaps: gaps))
        }.sorted { ($0.score, -$0.picked.snippet.id) > ($1.score, -$1.picked.snippet.id) }
    }

    /// The catalog's candidates for `query`, asked once per draft.
    mutating func candidates(_ query: CatalogQuery) async throws -> [CatalogSnippet] {
        if let known = answers[query] { return known }
        let found = try await catalog.candidates(query)
        answers[query] = found
        return found
    }

    /// The snippet's text said for the draft, worked out once: at the speaker's level, another
    /// source's facts as marked gaps, then places, people, years and voice; nil when too little
    /// of it would be its own.
    mutating func rewrite(_ snippet: CatalogSnippet) -> (text: RewrittenText, gaps: Int)? {
        if let done = rewritten[snippet.id] { return done }
        var plain = TextRepair.stripLeadingMarker(TextRepair.repair(snippet.text))
        if snippet.kind == .paragraph { plain = TextRepair.speakHeadline(plain, verbs: rewriter.headlineVerbs) }
        if case .convert(let level) = scorer.admission(of: snippet) {
            plain = levels.rewrite(plain, from: level, to: scorer.audience.level)
        } else if [.department, .office].contains(snippet.annotation?.scope), let level = levels.level(of: plain),
            level > scorer.audience.level
        {
            // A bureau's or an office's paragraph speaks of its own government (全县政府系统办公室,
            // 县委、县政府的中心工作): one at the draft's level has another.
            plain = levels.rewrite(plain, from: level, to: scorer.audience.level)
        }
        let slotted = facts.replace(in: plain)
        let foreign = rewriter.places.namesForeignPlace(slotted.text, sourceLevel: snippet.sourceLevel)
        let text = rewriter.rewrite(slotted.text)
        let fits =
            !foreign && slotted.slots.count <= weights.maximumGaps
            && FactSlots.ownShare(of: text.text) >= weights.ownShare
        let result = fits ? (text, slotted.slots.count) : nil
        rewritten[snippet.id] = .some(result)
        return result
    }

    /// Why a candidate fits, as the writer reads it: its themes, how well it matches the heading,
    /// what it does, where it comes from.
    func why(_ snippet: CatalogSnippet, _ fit: SnippetScorer.Fit, _ want: SnippetScorer.Want) -> String {
        var parts: [String] = []
        let themes = want.themes.filter { snippet.themes[$0] != nil }
        if !themes.isEmpty { parts.append("主题：" + themes.prefix(2).joined(separator: "、")) }
        if !want.echo.isEmpty { parts.append("切题 \(Int((fit.about * 100).rounded()))%") }
        if let function = snippet.annotation?.function, function != .other {
            parts.append("功能：" + function.displayName)
        }
        if let title = snippet.speechTitle { parts.append("出自《\(title.prefix(20))》") }
        return parts.joined(separator: "；")
    }

    /// Records a text the draft now holds (a picked snippet or template text).
    mutating func use(_ picked: PickedSnippet) {
        usedIDs.insert(picked.snippet.id)
        similarity.use(picked.text)
    }

    mutating func useTemplateText(_ text: String) {
        similarity.use(text)
    }
}
