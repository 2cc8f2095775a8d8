/// What a paragraph of a speech is before its heading marker is read.
enum ParagraphRole: Sendable, Equatable {
    /// Read by its marker, if it has one.
    case text
    /// An unmarked title line (关于教育改革问题, 结束语); `governs` is the kind of the marked
    /// headings it stands over, when any follow it.
    case title(governs: MarkerKind?)
    /// A one-sentence label line standing alone before its paragraph (生态底色更加亮丽。).
    case label
    /// A headline standing alone between finished paragraphs: a clause or two with no end mark
    /// (调整国民经济的任务已经基本完成，国民经济已经全面好转).
    case headline
    /// Appendix, glossary or notes after the speech: never a heading.
    case backMatter
}
