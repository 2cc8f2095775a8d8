/// One `w:p` as read: its text split at line breaks, and its own paragraph properties.
struct DocxParagraph: Sendable, Equatable {
    /// The text between `w:br`/`w:cr` breaks; never empty.
    var segments: [String] = [""]
    var format = DocxParagraphFormat()

    mutating func append(_ text: String) {
        segments[segments.count - 1] += text
    }

    mutating func breakLine() {
        segments.append("")
    }
}
