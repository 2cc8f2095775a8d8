/// What cleaning made of one source line.
enum CleanedLine: Sendable, Equatable {
    /// A line with text left.
    case text(SourceLine)
    /// A blank line: a paragraph break in a blank-line layout.
    case blank(number: Int)
    /// A line that held only invisible characters: wiki glue inside a paragraph, not a break.
    case glue
    /// Boilerplate taken out: the lines on either side are no longer neighbours.
    case removed
    /// The first line of a trailing region to drop, with everything after it.
    case cut

    var line: SourceLine? {
        if case .text(let line) = self { return line }
        return nil
    }
}
