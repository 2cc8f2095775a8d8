/// A theme tag as the library stores it, its cues already in JSON.
struct ThemeRow: Sendable {
    var theme: String
    var score: Double
    var cues: String

    init(_ tag: ThemeTag) {
        theme = tag.theme
        score = tag.score
        cues = JSONArrayText.encode(tag.cues)
    }
}
