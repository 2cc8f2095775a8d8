import Foundation

/// A library snippet chosen for a draft, rewritten for it.
struct PickedSnippet: Sendable {
    var snippet: CatalogSnippet
    var text: String
    /// A `set` snippet's items, rewritten and without their old markers.
    var items: [String]
}

/// Chooses snippets for the slots of one draft: scores the catalog's candidates, draws among the best
/// with a seeded generator, and never gives the same (or a near-identical) paragraph twice.
struct SnippetPicker {
    let catalog: any SnippetCatalog
    let rewriter: SourceRewriter
    let scorer: SnippetScorer
    /// Themes to widen a search to when a slot's own themes find too little.
    let fallbackThemes: [String]
    let seed: UInt64
    private(set) var usedIDs: Set<Int64> = []
    private var usedBigrams: [Set<Bigram>] = []
    private var features: [Int64: SnippetScorer.Features] = [:]
    private var rewritten: [Int64: RewrittenText] = [:]
    /// The catalog's answers so far: slots of one draft ask the same fallback queries again.
    private var answers: [CatalogQuery: [CatalogSnippet]] = [:]

    /// How many of the best candidates a draw chooses among, and how sharply it prefers the best.
    static let pool = 4
    static let temperature = 0.6
    /// How many of the best-looking candidates are rewritten and rescored.
    static let shortlist = 16

    init(
        catalog: any SnippetCatalog, rewriter: SourceRewriter, scorer: SnippetScorer, fallbackThemes: [String],
        seed: UInt64
    ) {
        self.catalog = catalog
        self.rewriter = rewriter
        self.scorer = scorer
        self.fallbackThemes = fallbackThemes
        self.seed = seed
    }

    /// Up to `count` snippets for `want`; `key` names the slot so each slot draws independently.
    mutating func pick(_ want: SnippetScorer.Want, count: Int, key: String) async throws -> [PickedSnippet] {
        guard count > 0 else { return [] }
        var ranked = try await rankedCandidates(want, needed: count)
        var generator = SeededGenerator.forDecision(seed: seed, key)
        var picked: [PickedSnippet] = []
        while picked.count < count, !ranked.isEmpty {
            let choice = Self.draw(from: ranked.prefix(Self.pool).map(\.score), using: &generator)
            let chosen = ranked.remove(at: choice)
            guard isFresh(chosen.picked.text) else { continue }
            use(chosen.picked)
            picked.append(chosen.picked)
        }
        return picked
    }

    /// A `set` snippet (四种精神 …) on `themes` with 2 to 6 items, if the library has one.
    mutating func pickSet(themes: [String], echo: String, key: String) async throws -> PickedSnippet? {
        let candidates = try await catalog.candidates(CatalogQuery(kinds: [.set], themes: themes, limit: 40))
            .filter { !usedIDs.contains($0.id) && (2...6).contains($0.items?.count ?? 0) && $0.label != nil }
        guard !candidates.isEmpty else { return nil }
        let scale = SnippetScorer.themeScale(candidates)
        let ranked = candidates.map { snippet -> (PickedSnippet, Double) in
            let items = (snippet.items ?? []).map { rewriter.rewrite(TextRepair.stripLeadingMarker($0)).text }
            let label = rewriter.rewrite(snippet.label ?? "").text
            var score =
                scorer.weights.themeFit * scorer.themeFit(snippet, themes, scale)
                + Bigrams.coverage(of: echo, in: snippet.text)
            score -= scorer.weights.setPlaceholder * Double(Slot.placeholders(in: items.joined() + label).count)
            return (PickedSnippet(snippet: snippet, text: label, items: items), score)
        }.sorted { ($0.1, $1.0.snippet.contentKey) > ($1.1, $0.0.snippet.contentKey) }
        var generator = SeededGenerator.forDecision(seed: seed, key)
        let chosen = ranked[Self.draw(from: ranked.prefix(Self.pool).map(\.1), using: &generator)].0
        usedIDs.insert(chosen.snippet.id)
        return chosen
    }

    /// Candidates that may be used, best first: all are scored cheaply, the best few rewritten and rescored.
    mutating func rankedCandidates(_ want: SnippetScorer.Want, needed: Int) async throws -> [(
        picked: PickedSnippet, score: Double
    )] {
        var seen: Set<Int64> = []
        var snippets: [CatalogSnippet] = []
        for (pass, themes) in [want.themes, fallbackThemes, []].enumerated() {
            // The paragraphs under a heading like the echo are looked up once, in the first pass.
            let query = CatalogQuery(
                kinds: want.kinds, themes: themes, keywords: pass == 0 ? [want.echo] : [], limit: 120)
            for snippet in try await candidates(query)
            where !usedIDs.contains(snippet.id) && seen.insert(snippet.id).inserted && scorer.admits(snippet, want) {
                snippets.append(snippet)
            }
            if snippets.count >= needed * 3 { break }
        }
        let scale = SnippetScorer.themeScale(snippets)
        for snippet in snippets where features[snippet.id] == nil {
            features[snippet.id] = scorer.features(of: snippet)
        }
        let shortlist = snippets.map { ($0, scorer.preScore($0, features[$0.id]!, want: want, themeScale: scale)) }
            .sorted { ($0.1, $1.0.contentKey) > ($1.1, $0.0.contentKey) }
            .prefix(Self.shortlist + needed)
        return shortlist.map { snippet, score in
            let text = rewrite(snippet)
            let picked = PickedSnippet(snippet: snippet, text: text.text, items: [])
            return (picked, score - scorer.rewritePenalty(text))
        }.sorted { ($0.score, $1.picked.snippet.contentKey) > ($1.score, $0.picked.snippet.contentKey) }
    }

    /// The catalog's candidates for `query`, asked once per draft.
    mutating func candidates(_ query: CatalogQuery) async throws -> [CatalogSnippet] {
        if let known = answers[query] { return known }
        let found = try await catalog.candidates(query)
        answers[query] = found
        return found
    }

    /// The snippet's text rewritten for the draft, worked out once.
    mutating func rewrite(_ snippet: CatalogSnippet) -> RewrittenText {
        if let done = rewritten[snippet.id] { return done }
        let plain = TextRepair.stripLeadingMarker(TextRepair.repair(snippet.text))
        let spoken = snippet.kind == .paragraph ? TextRepair.speakHeadline(plain, verbs: rewriter.headlineVerbs) : plain
        let text = rewriter.rewrite(spoken)
        rewritten[snippet.id] = text
        return text
    }

    /// An index into `scores` (best first), drawn with weights that fall off with distance from the best.
    static func draw(from scores: [Double], using generator: inout SeededGenerator) -> Int {
        guard let best = scores.first, scores.count > 1 else { return 0 }
        let weights = scores.map { exp(($0 - best) / temperature) }
        var target = generator.nextUnit() * weights.reduce(0, +)
        for (index, weight) in weights.enumerated() {
            target -= weight
            if target < 0 { return index }
        }
        return scores.count - 1
    }

    func isFresh(_ text: String) -> Bool {
        let bigrams = Bigrams.of(text)
        return !usedBigrams.contains { Bigrams.similarity($0, bigrams) > 0.5 }
    }

    mutating func use(_ picked: PickedSnippet) {
        usedIDs.insert(picked.snippet.id)
        usedBigrams.append(Bigrams.of(picked.text))
    }
}
