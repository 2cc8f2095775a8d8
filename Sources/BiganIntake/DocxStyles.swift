/// Paragraph styles from `word/styles.xml`, as far as list numbering and first-line indent go.
struct DocxStyles: Sendable {
    /// styleId → the style's own format, with `styleId` holding the style it is based on.
    var styles: [String: DocxParagraphFormat] = [:]
    var defaultStyleId: String?
    /// The document defaults (`w:docDefaults`).
    var defaults = DocxParagraphFormat()

    static let empty = DocxStyles()

    /// The format a paragraph ends up with: its own properties, then its style chain, then defaults.
    func resolve(_ own: DocxParagraphFormat) -> DocxParagraphFormat {
        var resolved = own
        var next = own.styleId ?? defaultStyleId
        var seen: Set<String> = []
        while let id = next, let style = styles[id], seen.insert(id).inserted {
            resolved = resolved.inheriting(
                DocxParagraphFormat(
                    numId: style.numId, level: style.level, firstLineIndent: style.firstLineIndent))
            next = style.styleId
        }
        return resolved.inheriting(defaults)
    }
}
