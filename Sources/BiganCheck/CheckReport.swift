/// What `bigan check` says of one speech (the JSON shape of CLI.md): every finding in line order,
/// the share of the speech's Han characters found in the library, and the counts.
public struct CheckReport: Codable, Sendable, Equatable {
    public var file: String
    public var findings: [Finding]
    /// Copied Han characters ÷ all Han characters of the speech.
    public var copiedShare: Double
    public var summary: CheckSummary

    public init(file: String, findings: [Finding], copiedShare: Double, summary: CheckSummary) {
        self.file = file
        self.findings = findings
        self.copiedShare = copiedShare
        self.summary = summary
    }

    /// 1 when something stale was found, or with `final` a gap left open; else 0.
    public func exitStatus(final: Bool) -> Int32 {
        summary.stale > 0 || (final && summary.gaps > 0) ? 1 : 0
    }
}

/// The counts of a check: by kind, by weight, the Han characters compared, and the checks skipped.
public struct CheckSummary: Codable, Sendable, Equatable {
    /// Findings of each kind (every kind, zero included).
    public var counts: [String: Int]
    /// Stale facts (place, year, level, figure): the speech must not go out with them.
    public var stale: Int
    /// Things to confirm (person).
    public var confirm: Int
    /// Gaps left to fill (placeholder).
    public var gaps: Int
    public var copiedCharacters: Int
    public var hanCharacters: Int
    /// The checks that did not run, and why.
    public var skipped: [Skipped]

    /// A check that did not run.
    public struct Skipped: Codable, Sendable, Equatable {
        /// The finding kind it would have reported.
        public var kind: FindingKind
        public var why: String

        public init(_ kind: FindingKind, _ why: String) {
            self.kind = kind
            self.why = why
        }
    }

    public init(findings: [Finding], copiedCharacters: Int, hanCharacters: Int, skipped: [Skipped]) {
        var counts = Dictionary(uniqueKeysWithValues: FindingKind.allCases.map { ($0.rawValue, 0) })
        for finding in findings { counts[finding.kind.rawValue, default: 0] += 1 }
        self.counts = counts
        stale = findings.filter { $0.kind.weight == .stale }.count
        confirm = findings.filter { $0.kind.weight == .confirm }.count
        gaps = findings.filter { $0.kind.weight == .gap }.count
        self.copiedCharacters = copiedCharacters
        self.hanCharacters = hanCharacters
        self.skipped = skipped
    }
}
