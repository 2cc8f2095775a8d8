import BiganLibrary
import BiganOutline
import BiganText
import Foundation

/// Scores how well a library snippet fits a slot of a draft: theme, occasion, level, length and
/// how much of the source it drags along (figures, national report talk, placeholders, other places).
struct SnippetScorer: Sendable {
    /// What the slot wants.
    struct Want: Sendable {
        var kinds: [SnippetKind]
        var themes: [String]
        /// Text the snippet should echo: the section heading, a set item.
        var echo: String
        var idealLength: Int
        /// Whether the snippet opens a section (it must not lean on a paragraph before it).
        var opensSection: Bool
    }

    let template: OccasionTemplate
    let role: SpeakerRole
    let rules: RewriteRules
    let weights = ScoringWeights.standard
    let nationalMarkers: PhraseMatcher
    let nationalWords: PhraseMatcher
    let datedMarkers: PhraseMatcher
    let levelWords: PhraseMatcher
    let meetingTalk: PhraseMatcher

    init(template: OccasionTemplate, role: SpeakerRole, rules: RewriteRules) {
        self.template = template
        self.role = role
        self.rules = rules
        nationalMarkers = PhraseMatcher(rules.nationalMarkers)
        nationalWords = PhraseMatcher(rules.nationalWords)
        datedMarkers = PhraseMatcher(rules.datedMarkers)
        levelWords = PhraseMatcher(role.levelWords)
        meetingTalk = PhraseMatcher(rules.style.meetingTalk)
    }

    /// What a snippet brings regardless of the slot it might fill, worked out once per draft.
    struct Features: Sendable {
        /// Source, occasion, level, national and dated talk, figures.
        var standing: Double
        var startsWithConnector: Bool
        /// Talk about another meeting (刚才, 召开这次会议).
        var meetingTalk: Bool
        /// The Han bigrams of the heading path and text, for how well the snippet echoes a heading.
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
        standing -= weights.nationalMarker * Double(nationalMarkers.distinctCount(in: characters))
        standing -= weights.nationalWord * Double(nationalWords.distinctCount(in: characters))
        standing -= weights.datedMarker * Double(datedMarkers.distinctCount(in: characters))
        standing -= weights.figure * Double(Self.figureCount(text))
        // A concrete year is moved to the draft's year, which is only right when the sentence was about "this year".
        standing -= weights.concreteYear * Double(YearRewriter.concreteYearCount(characters))
        return Features(
            standing: standing, startsWithConnector: rules.connectors.contains(where: text.hasPrefix),
            meetingTalk: meetingTalk.contains(in: characters),
            bigrams: Bigrams.of(snippet.headingPath.joined() + text))
    }

    /// A paragraph fit to stand alone ends a sentence, perhaps inside quotes.
    static let sentenceEnds = SentenceEnds.marks.subtracting([";"]).union(["”", "」", "』"])

    /// Whether a snippet can be used at all, before rewriting.
    func admits(_ snippet: CatalogSnippet, _ want: Want) -> Bool {
        guard want.kinds.contains(snippet.kind) else { return false }
        let text = snippet.text
        let length = text.count
        guard length >= 40, length <= 700, let last = text.last, Self.sentenceEnds.contains(last) else { return false }
        guard !YearRewriter.hasYearRange(text), Self.figureCount(text) <= 5 else { return false }
        return !text.contains("{")
    }

    /// The fit of `snippet` before rewriting; higher is better.
    func preScore(_ snippet: CatalogSnippet, _ features: Features, want: Want, themeScale: [String: Double]) -> Double {
        var score = weights.themeFit * themeFit(snippet, want.themes, themeScale) + features.standing
        score += weights.echo * Bigrams.coverage(of: want.echo, in: features.bigrams)
        // The paragraph that stood under this very heading (a set item) in its source speech.
        if let core = MarkerTable.headingCore(want.echo), snippet.headingPath.last?.contains(core) == true {
            score += weights.ownHeading
        }
        if features.startsWithConnector {
            score -= want.opensSection ? weights.connectorOpeningSection : weights.connectorElsewhere
        }
        if features.meetingTalk && want.kinds == [.paragraph] { score -= weights.meetingTalk }
        let ratio = Double(snippet.text.count) / Double(max(60, want.idealLength))
        return score - weights.lengthMismatch * abs(log2(max(ratio, 0.05)))
    }

    /// What rewriting costs: placeholders left for the writer, several other places replaced.
    func rewritePenalty(_ rewritten: RewrittenText) -> Double {
        let places = rewritten.placeholders.filter(Self.placePlaceholders.contains).count
        return weights.placeholder * Double(rewritten.placeholders.count) + weights.placePlaceholder * Double(places)
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

    /// How many runs of digits (figures, dates, percentages) the text holds.
    static func figureCount(_ text: String) -> Int {
        var count = 0
        var inRun = false
        for scalar in text.unicodeScalars {
            let isDigit = (0x30...0x39).contains(scalar.value) || (0xFF10...0xFF19).contains(scalar.value)
            if isDigit && !inRun { count += 1 }
            inRun = isDigit || (inRun && scalar == ".")
        }
        return count
    }
}

/// Han-character bigrams, for rough text overlap.
/// Two Han characters packed into one integer (their scalar values), cheaper to hash than a string;
/// a text with a single Han character has that character alone (second half zero).
typealias Bigram = UInt64

enum Bigrams {
    /// The bigrams of the Han characters of `text`, other characters skipped.
    static func of(_ text: String) -> Set<Bigram> {
        var result = Set<Bigram>()
        var previous: UInt32?
        var count = 0
        for scalar in text.unicodeScalars where Han.contains(scalar) {
            if let previous { result.insert(Bigram(previous) << 32 | Bigram(scalar.value)) }
            previous = scalar.value
            count += 1
        }
        if count == 1, let previous { result.insert(Bigram(previous) << 32) }
        return result
    }

    /// The share of `needle`'s bigrams found in `haystack` (0 when the needle has none).
    static func coverage(of needle: String, in haystack: String) -> Double {
        coverage(of: needle, in: of(haystack))
    }

    /// The same, against bigrams worked out once.
    static func coverage(of needle: String, in haystack: Set<Bigram>) -> Double {
        let wanted = of(needle).subtracting(common)
        guard !wanted.isEmpty else { return 0 }
        return Double(wanted.intersection(haystack).count) / Double(wanted.count)
    }

    /// Jaccard similarity of two texts' bigrams.
    static func similarity(_ lhs: Set<Bigram>, _ rhs: Set<Bigram>) -> Double {
        let union = lhs.union(rhs).count
        return union == 0 ? 0 : Double(lhs.intersection(rhs).count) / Double(union)
    }

    /// Bigrams so common in speeches that they say nothing about fit.
    static let common: Set<Bigram> = Set(
        ["工作", "一步", "切实", "加强", "全面", "不断", "推进", "提高", "坚持", "我们", "同志"].flatMap(of))
}
