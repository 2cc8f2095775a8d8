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
    /// Penalties for what ties a snippet to its source: national-level talk, its words, dated
    /// campaigns, figures and concrete years.
    var nationalMarker = 0.8
    var nationalWord = 0.3
    var datedMarker = 1.5
    var figure = 0.25
    var concreteYear = 0.8

    // How well it fits the slot.
    /// How many points a full theme match is worth (themes matched, weighted and scaled to 0…1).
    var themeFit = 3.0
    /// The heading's words found in the snippet's heading path and text (0…1).
    var echo = 2.0
    /// The snippet stood under this very heading in its source (a set item's own paragraph).
    var ownHeading = 3.0
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

    // What rewriting it cost.
    /// Penalties per placeholder left for the writer, per place placeholder ({县区} …), and per
    /// replaced place beyond the first.
    var placeholder = 0.4
    var placePlaceholder = 1.2
    var extraReplacedPlace = 0.8
    /// Penalty per placeholder in a set's label and items.
    var setPlaceholder = 0.5

    /// The weights bigan composes with.
    static let standard = ScoringWeights()
}
