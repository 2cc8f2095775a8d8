import BiganText

/// What the writer asks for: `bigan draft --occasion … --role … [--org] [--region] [--year] [--meeting]
/// [--seed] [--outline] [--exclude-source] [--prefer-source]`.
public struct DraftRequest: Sendable, Equatable {
    public var occasion: String
    public var role: String
    /// The speaker's office, e.g. 天水市住房和城乡建设局; nil leaves {单位} for the writer.
    public var org: String?
    /// The place the speech is for, e.g. 天水市; nil leaves {地区} for the writer.
    public var region: String?
    /// The year the speech is given in.
    public var year: Int
    /// The meeting's name; nil takes the template's default.
    public var meeting: String?
    public var seed: UInt64
    /// The writer's own 提纲: its headings replace the template's body headings.
    public var outline: WriterOutline?
    /// Source files (paths or their ends) whose paragraphs must not be used, or are preferred.
    public var excludedSources: [String]
    public var preferredSources: [String]
    /// Blocks the writer locked in an earlier draft, by their position in it: kept as they are.
    public var locked: [Int: DraftBlock]

    public init(
        occasion: String, role: String, org: String? = nil, region: String? = nil, year: Int,
        meeting: String? = nil, seed: UInt64 = 1, outline: WriterOutline? = nil, excludedSources: [String] = [],
        preferredSources: [String] = [], locked: [Int: DraftBlock] = [:]
    ) {
        self.occasion = occasion
        self.role = role
        self.org = org
        self.region = region
        self.year = year
        self.meeting = meeting
        self.seed = seed
        self.outline = outline
        self.excludedSources = excludedSources
        self.preferredSources = preferredSources
        self.locked = locked
    }
}

extension DraftRequest {
    /// Years a speech can be given in: from the founding of the People's Republic to 2100; a
    /// two-digit year (26) or a typo (3026) would be written into the draft as it is.
    public static let years = 1949...2100

    /// Throws when the request cannot be right whatever the library holds.
    public func validate() throws {
        guard Self.years.contains(year) else {
            throw BiganError(
                file: "", "年份 \(year) 不对：须在 \(Self.years.lowerBound) 到 \(Self.years.upperBound) 之间，写全四位数，如 2026")
        }
    }
}
