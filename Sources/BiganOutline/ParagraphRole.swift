/// What a paragraph of a speech is before its heading marker is read.
enum ParagraphRole: Sendable, Equatable {
    /// Read by its marker, if it has one.
    case text
    /// An unmarked title line (关于教育改革问题, 结束语); `governs` is the kind of the marked
    /// headings it stands over, when any follow it.
    case title(governs: MarkerKind?)
    /// A one-sentence label line standing alone before its paragraph (生态底色更加亮丽。).
    case label
    /// Appendix, glossary or notes after the speech: never a heading.
    case backMatter
}
