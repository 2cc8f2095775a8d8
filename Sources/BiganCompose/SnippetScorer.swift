import BiganLibrary
import BiganOutline
import BiganText
import BiganThemes
import Foundation

/// Scores how well a library snippet fits a slot of a draft: what it is about against the
/// heading, its themes, what it does against what the heading wants, where it comes from, its
/// length, and how much of its source it drags along (facts, placeholders, another level).
struct SnippetScorer: Sendable {
    /// What the slot wants.
    struct Want: Sendable {
        var kinds: [SnippetKind]
        var themes: [String]
        /// Text the snippet should echo: the section heading, a set item.
        var echo: String
        /// What the paragraphs under this heading should do; nil for any.
        var function: ParagraphFunction?
        /// Cue words of the slot's themes (and the office's), for what a paragraph is about.
        var cues: [String] = []
        var idealLength: Int
        /// Whether the snippet opens a section (it must not lean on a paragraph before it).
        var opensSection: Bool
        /// The headings still to come in the draft.
        var later: [String] = []
    }

    let template: OccasionTemplate
    let role: SpeakerRole
    let rules: RewriteRules
    let composing: ComposingRules
    let audience: Audience
    let preferredSources: [String]
    let excludedSources: [String]
    let sectors: SectorGuard
    let weights = ScoringWeights.standard
    let levelWords: PhraseMatcher
    let meetingTalk: PhraseMatcher
    let leaderVoice: PhraseMatcher

    init(
        template: OccasionTemplate, role: SpeakerRole, rules: RewriteRules, composing: ComposingRules,
        audience: Audience, sectors: SectorGuard = .none, preferredSources: [String] = [],
        excludedSources: [String] = []
    ) {
        self.template = template
        self.role = role
        self.rules = rules
        self.composing = composing
        self.audience = audience
        self.sectors = sectors
        self.preferredSources = preferredSources
        self.excludedSources = excludedSources
        levelWords = PhraseMatcher(role.levelWords)
        meetingTalk = PhraseMatcher(rules.style.meetingTalk)
        leaderVoice = PhraseMatcher(composing.leaderVoice)
    }

    /// What a snippet brings regardless of the slot it might fill, worked out once per draft.
    struct Features: Sendable {
        /// Source, occasion and level.
        var standing: Double
        var startsWithConnector: Bool
        /// Talk about another meeting (刚才, 召开这次会议).
        var meetingTalk: Bool
        /// What the snippet is about: the bigrams of its own heading and first sentence.
        var about: Set<Bigram>
        /// The bigrams of its heading path and text, for how well it echoes a heading.
        var bigrams: Set<Bigram>
    }

    func features(of snippet: CatalogSnippet) -> Features {
        let text = snippet.text
        var standing = 0.0
        if let title = snippet.speechTitle {
            if template.keywords.contains(where: title.utf8Contains) { standing += weights.titleNamesTheOccasion }
            if rules.style.speechTitles.contains(where: title.utf8Contains) { standing += weights.titleIsASpeech }
            if rules.style.reportTitles.contains(where: title.utf8Contains) { standing -= weights.titleIsAReport }
        }
        if snippet.occasion == template.occasion { standing += weights.sameOccasion }
        let characters = Array(text)
        standing += weights.levelWord * Double(min(weights.levelWordsCounted, levelWords.distinctCount(in: characters)))
        if case .convert = admission(of: snippet) { standing -= weights.otherLevel }
        if preferredSources.contains(where: { snippet.source.file.hasSuffix($0) }) {
            standing += weights.preferredSource
        }
        let firstSentence = Self.firstSentence(of: text)
        return Features(
            standing: standing, startsWithConnector: rules.connectors.contains(where: text.hasPrefix),
            meetingTalk: meetingTalk.contains(in: characters),
            about: Bigrams.of((snippet.headingPath.last ?? "") + "。" + firstSentence),
            bigrams: Bigrams.of(snippet.headingPath.joined(separator: "。") + "。" + text))
    }

    /// The sentences a paragraph opens with, as many as make `leadLength` characters: what it is
    /// about (全面从严治党永远在路上。 says little until the sentence after it).
    static func firstSentence(of text: String) -> Substring {
        var end = text.startIndex
        while end < text.endIndex {
            let rest = text[end...]
            guard let stop = rest.firstIndex(where: SentenceEnds.final.contains) else { return text[...] }
            end = text.index(after: stop)
            if text.distance(from: text.startIndex, to: end) >= leadLength { break }
        }
        return text[..<end]
    }

    static let leadLength = 20

    /// What a heading of these functions wants is the office's own work when the draft has one.
    static let ownWorkFunctions: Set<ParagraphFunction> = [.review, .task, .situation]

    /// A paragraph fit to stand alone ends a sentence, perhaps inside quotes.
    static let sentenceEnds = SentenceEnds.marks.subtracting([";"]).union(["”", "」", "』"])

    /// What this draft does with the snippet's scope (unannotated snippets count as generic).
    func admission(of snippet: CatalogSnippet) -> Audience.Admission {
        let annotation = snippet.annotation
        return audience.admission(of: annotation?.scope ?? .generic, hasFacts: !(annotation?.facts.isEmpty ?? true))
    }

    /// Whether a snippet can be used at all, before rewriting: its kind, its length, a whole
    /// sentence, its scope for this audience, its function for this heading, its source.
    func admits(_ snippet: CatalogSnippet, _ want: Want) -> Bool {
        guard want.kinds.contains(snippet.kind) else { return false }
        let text = snippet.text
        let length = text.count
        guard length >= 40, length <= 700, let last = text.last, Self.sentenceEnds.contains(last) else { return false }
        guard !YearRewriter.hasYearRange(text), !text.contains("{") else { return false }
        guard admission(of: snippet) != .refuse else { return false }
        // Talk of another occasion's own meeting (这次攻坚行动) is false at this one.
        if want.kinds == [.paragraph], snippet.occasion != template.occasion, meetingTalk.contains(in: Array(text)) {
            return false
        }
        if let wanted = want.function, let function = snippet.annotation?.function,
            !composing.accepted(for: wanted).contains(function)
        {
            return false
        }
        let characters = Array(text)
        let subject = Array((snippet.headingPath.last ?? "") + "。" + Self.firstSentence(of: text))
        guard sectors.admits(subject: subject, text: characters) else { return false }
        if let wanted = want.function, Self.ownWorkFunctions.contains(wanted), !sectors.speaksOfOwnWork(characters),
            !template.topics.contains(where: { snippet.themes[$0] != nil })
        {
            return false
        }
        // A speech on a topic (安全生产) takes no paragraph that is mainly about another subject.
        if !template.topics.isEmpty, let top = snippet.themes.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key,
            !template.topics.contains(top), !composing.generalThemes.contains(top), !sectors.isOwnTheme(top)
        {
            return false
        }
        // A bureau does not speak as the government that directs the counties and departments.
        if audience.departmentVoice, leaderVoice.contains(in: characters) { return false }
        return !excludedSources.contains { snippet.source.file.hasSuffix($0) }
    }

    /// How well the snippet fits the slot on its themes, its strongest theme of the slot's, and
    /// what it is about (0…1 each).
    struct Fit: Sendable {
        var themes: Double
        var strongestTheme: Double
        var about: Double
        /// Whether it shares words with a heading that has a subject of its own, or is strongly on
        /// one of the slot's themes and uses its cue words (true without a heading).
        var touchesHeading: Bool
        /// Whether the slot has a heading with a subject (else what it is about is its themes' cue words).
        var hasHeading: Bool
        /// Whether it fits a heading still to come much better than this one: it is left for that one.
        var belongsLater = false
    }

    /// Whether a fit is good enough to use at all: it touches the heading's subject, and what it is
    /// about matches the heading and the slot's cue words, or it is strongly about one of the
    /// slot's themes. Without a heading, its themes or their cue words decide.
    func fits(_ fit: Fit) -> Bool {
        guard fit.hasHeading else {
            return fit.about >= weights.aboutEnough || fit.strongestTheme >= weights.themeEnough
        }
        return fit.touchesHeading
            && (fit.about >= weights.aboutEnough
                || (fit.strongestTheme >= weights.themeEnough && fit.about >= weights.aboutTouch))
    }

    /// How well `snippet` fits: its themes against the slot's, and what it is about (its own heading
    /// and first sentence) against the heading's words, rare words weighing most, and the cue words
    /// of the slot's themes (two of them found count fully).
    func fit(
        _ snippet: CatalogSnippet, _ features: Features, want: Want, wanted: Set<Bigram>, cues: [Set<Bigram>],
        later: [Set<Bigram>] = [], rarity: BigramRarity, themeScale: [String: Double]
    ) -> Fit {
        let heading = Bigrams.weightedCoverage(of: wanted, in: features.about, weight: rarity.weight)
        let laterBest =
            later.map { Bigrams.weightedCoverage(of: $0, in: features.about, weight: rarity.weight) }.max() ?? 0
        let cueHits = cues.filter { !$0.isEmpty && $0.isSubset(of: features.about) }.count
        let strongest =
            want.themes.compactMap { theme in
                snippet.themes[theme].flatMap { value in themeScale[theme].map { min(1, value / max($0, 0.001)) } }
            }.max() ?? 0
        return Fit(
            themes: themeFit(snippet, want.themes, themeScale), strongestTheme: strongest,
            about: (wanted.isEmpty ? 0 : weights.headingShare * heading)
                + (1 - weights.headingShare) * min(1, Double(cueHits) / 2),
            touchesHeading: wanted.isEmpty || heading >= weights.aboutTouch
                || (cueHits > 0 && strongest >= weights.themeEnough),
            hasHeading: !wanted.isEmpty,
            belongsLater: laterBest >= weights.aboutEnough && laterBest >= heading + weights.laterMargin)
    }

    /// The fit of `snippet` before rewriting; higher is better.
    func preScore(_ snippet: CatalogSnippet, _ features: Features, fit: Fit, want: Want) -> Double {
        var score = weights.themeFit * fit.themes + weights.aboutFit * fit.about + features.standing
        score += weights.echo * Bigrams.coverage(of: want.echo, in: features.bigrams)
        // The paragraph that stood under this very heading (a set item) in its source speech.
        if let core = MarkerTable.headingCore(want.echo), snippet.headingPath.last?.contains(core) == true {
            score += weights.ownHeading
        }
        if let wanted = want.function, let function = snippet.annotation?.function {
            score += composing.accepted(for: wanted).first == function ? weights.bestFunction : weights.otherFunction
        }
        if features.startsWithConnector {
            score -= want.opensSection ? weights.connectorOpeningSection : weights.connectorElsewhere
        }
        if features.meetingTalk && want.kinds == [.paragraph] { score -= weights.meetingTalk }
        let ratio = Double(snippet.text.count) / Double(max(60, want.idealLength))
        return score - weights.lengthMismatch * abs(log2(max(ratio, 0.05)))
    }

    /// What rewriting costs: placeholders left for the writer, marked gaps, other places replaced.
    func rewritePenalty(_ rewritten: RewrittenText, gaps: Int) -> Double {
        let places = rewritten.placeholders.filter(Self.placePlaceholders.contains).count
        return weights.placeholder * Double(rewritten.placeholders.count) + weights.placePlaceholder * Double(places)
            + weights.factGap * Double(gaps)
            + weights.extraReplacedPlace * Double(max(0, rewritten.replacedPlaces.count - 1))
    }

    /// Placeholders for places a paragraph named below the region: the writer must find a local one.
    static let placePlaceholders: Set<String> = ["{县区}", "{市州}", "{地区}"]

    /// Weighted theme match: the first theme counts most; weights are scaled by the best in the batch.
    func themeFit(_ snippet: CatalogSnippet, _ themes: [String], _ scale: [String: Double]) -> Double {
        guard !themes.isEmpty else { return 0 }
        var total = 0.0
        var totalWeight = 0.0
        for (offset, theme) in themes.enumerated() {
            let weight = offset == 0 ? weights.firstTheme : weights.otherTheme
            totalWeight += weight
            guard let value = snippet.themes[theme], let best = scale[theme], best > 0 else { continue }
            total += weight * min(1, value / best)
        }
        return total / totalWeight
    }

    /// The best weight of each theme in a batch, to put the catalog's weights on one scale.
    static func themeScale(_ snippets: [CatalogSnippet]) -> [String: Double] {
        var scale: [String: Double] = [:]
        for snippet in snippets {
            for (theme, weight) in snippet.themes { scale[theme] = max(scale[theme] ?? 0, weight) }
        }
        return scale
    }
}
