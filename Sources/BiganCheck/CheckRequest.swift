/// What a check is asked to hold a speech against (`bigan check`'s options).
public struct CheckRequest: Sendable, Equatable {
    /// The place the speech is for; nil skips the place check.
    public var region: String?
    /// The year the speech is given in; nil checks only year placeholders (20xx).
    public var year: Int?
    /// Who gives it; nil leaves the speaker's own voice unchecked unless `org` tells it.
    public var speaker: Speaker?
    /// The speaker's office (天水市住房和城乡建设局).
    public var org: String?
    /// The fewest Han characters a run must share with library text to count as copied.
    public var minRun: Int

    public static let defaultMinRun = 15

    public init(
        region: String? = nil, year: Int? = nil, speaker: Speaker? = nil, org: String? = nil,
        minRun: Int = defaultMinRun
    ) {
        self.region = region
        self.year = year
        self.speaker = speaker
        self.org = org
        self.minRun = minRun
    }
}
