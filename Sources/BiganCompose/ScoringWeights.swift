/// What the composer rewards and penalises in a library candidate, one named weight each: the
/// table `SnippetScorer` and `SnippetPicker` read instead of numbers in their code. Rewards and
/// penalties are both positive; the scorer adds the one and subtracts the other.
struct ScoringWeights: Sendable {
    // What a snippet brings from its source, whatever the slot.
    /// The source speech's title holds the template's keywords (a speech for the same kind of meeting).
    var titleNamesTheOccasion = 0.6
    /// The source is a speech (讲话, 致辞 …) rather than another kind of document.
    var titleIsASpeech = 0.8
    /// Penalty: the source is a report (工作报告), not a speech.
    var titleIsAReport = 0.5
    /// The source speech was given at the draft's own occasion.
    var sameOccasion = 0.8
    /// Each word of the speaker's level (全市, 市政府 …), counted up to `levelWordsCounted` times.
    var levelWord = 0.3
    var levelWordsCounted = 3
    /// Penalty: the paragraph is said at another local level and must be turned into the speaker's.
    var otherLevel = 0.6

    // How well it fits the slot.
    /// How many points a full theme match is worth (themes matched, weighted and scaled to 0…1).
    var themeFit = 2.0
    /// What the paragraph is about (its own heading and first sentence) against the slot's heading
    /// and its themes' cue words, rare words weighing most (0…1).
    var aboutFit = 4.0
    /// The slot's heading words found anywhere in the paragraph's text (0…1).
    var echo = 1.0
    /// The snippet stood under this very heading in its source (a set item's own paragraph).
    var ownHeading = 3.0
    /// The paragraph does what the heading wants (review under 肯定成绩), or a second-best function.
    var bestFunction = 1.5
    var otherFunction = 0.3
    /// Penalty: it starts with a connector (同时, 此外 …) that leans on a paragraph before it, more
    /// so when it would open a section.
    var connectorOpeningSection = 1.2
    var connectorElsewhere = 0.5
    /// Penalty: it talks about another meeting (刚才, 召开这次会议) where a body paragraph is wanted.
    var meetingTalk = 3.0
    /// Penalty per halving or doubling away from the ideal length.
    var lengthMismatch = 0.8
    /// The weight of a slot's first theme and of the others when matching themes.
    var firstTheme = 1.0
    var otherTheme = 0.6
    /// A source the writer asked to lean on (`--prefer-source`).
    var preferredSource = 2.0

    // What rewriting it cost.
    /// Penalties per placeholder left for the writer, per place placeholder ({县区} …), per marked
    /// gap for another source's fact, and per replaced place beyond the first.
    var placeholder = 0.4
    var placePlaceholder = 1.2
    var factGap = 0.8
    var extraReplacedPlace = 0.8
    /// Penalty per placeholder in a set's label and items.
    var setPlaceholder = 0.5

    // What fits at all, and how choices vary.
    /// A paragraph fits a slot only when what it is about covers this much of the heading's (rare)
    /// words, or when it is this strongly about one of the slot's themes and touches the heading.
    var aboutEnough = 0.3
    /// How much of what a paragraph is about is judged on the heading's words (the rest on the
    /// cue words of the slot's themes).
    var headingShare = 0.6
    var themeEnough = 0.5
    /// A paragraph whose subject matches a heading still to come by this much more than the
    /// current one's (and enough to fit it) is left for that heading.
    var laterMargin = 0.2
    var aboutTouch = 0.1
    /// Seeds choose among the candidates scoring within this much of the best: as good as the best,
    /// never a worse fit for the sake of variety.
    var tolerance = 1.0
    /// At most this many candidates are drawn among.
    var pool = 5
    /// A library block keeps at least this share of its characters (the rest marked gaps), and
    /// holds at most this many gaps.
    var ownShare = 0.7
    var maximumGaps = 2

    /// The weights bigan composes with.
    static let standard = ScoringWeights()
}
