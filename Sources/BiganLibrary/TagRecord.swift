/// A theme tag of a snippet: the theme, its score and the cue words (JSON) that earned it.
package struct TagRecord: Sendable {
    package var snippetId: Int64
    package var theme: String
    package var score: Double
    package var cues: String

    package init(snippetId: Int64, theme: String, score: Double, cues: String) {
        self.snippetId = snippetId
        self.theme = theme
        self.score = score
        self.cues = cues
    }
}
