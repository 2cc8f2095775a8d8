/// One gold file of the corpus (the keys its README describes).
struct GoldLabels: Decodable {
    struct Heading: Decodable {
        var level: Int
        var prefix: String
        var altLevels: [Int]?

        enum CodingKeys: String, CodingKey {
            case level, prefix
            case altLevels = "alt_levels"
        }
    }

    var file: String
    var speeches: Int
    var salutation: String?
    var headings: [Heading]
    var ambiguous: [String]
    var mustNotAppear: [String]
    var paragraphStarts: [String]

    enum CodingKeys: String, CodingKey {
        case file, speeches, salutation, headings, ambiguous
        case mustNotAppear = "must_not_appear"
        case paragraphStarts = "paragraph_starts"
    }
}
