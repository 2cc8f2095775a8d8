import BiganThemes

/// A theme tag as the library stores it, its cues already in JSON.
package struct ThemeRow: Sendable {
    package var theme: String
    package var score: Double
    package var cues: String

    package init(_ tag: ThemeTag) {
        theme = tag.theme
        score = tag.score
        cues = JSONArrayText.encode(tag.cues)
    }
}
