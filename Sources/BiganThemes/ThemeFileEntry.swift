/// One theme as a taxonomy file writes it; fields left out keep the earlier file's values.
struct ThemeFileEntry: Sendable, Equatable {
    var name: String
    var description: String?
    var cues: [ThemeCue]?
    var ignore: [String]?
    /// Replace the earlier cues and ignore list instead of merging into them.
    var replace = false
    /// Remove the theme.
    var disabled = false
    /// The 1-based line of the entry in its file.
    var line: Int
}

/// The contents of one taxonomy file.
struct ThemeFileDocument: Sendable {
    var entries: [ThemeFileEntry] = []
    var scoring = ThemeScoringPatch()
}

/// The scoring settings a file sets; the rest stay as they were.
struct ThemeScoringPatch: Sendable {
    var values: [String: Double] = [:]
    var headingWeights: [Double]?

    static let numberKeys: [String] = [
        "threshold", "relativeFloor", "referenceLength", "lengthDamping", "inheritedOnlyFactor", "leadBonus",
        "repeatFactor",
    ]

    func apply(to scoring: inout ThemeScoring) {
        for (key, value) in values {
            switch key {
            case "threshold": scoring.threshold = value
            case "relativeFloor": scoring.relativeFloor = value
            case "referenceLength": scoring.referenceLength = value
            case "lengthDamping": scoring.lengthDamping = value
            case "inheritedOnlyFactor": scoring.inheritedOnlyFactor = value
            case "leadBonus": scoring.leadBonus = value
            case "repeatFactor": scoring.repeatFactor = min(value, 0.95)
            default: break
            }
        }
        if let headingWeights { scoring.headingWeights = headingWeights }
    }
}
