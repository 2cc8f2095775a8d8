/// One named paragraph style of the speech .docx, and the formatting it stands for.
///
/// The same values are written twice: as the style in styles.xml (so the navigation pane and the
/// style list work) and as direct formatting on every paragraph and run (so the layout survives a
/// copy into another office's template, and WPS never falls back to its own fonts).
struct DocxParagraphStyle: Sendable, Equatable {
    enum Justification: String, Sendable {
        case left, center, right, both
    }

    enum LineSpacing: Sendable {
        case body, title
    }

    var id: String
    var name: String
    var basedOn: String?
    var next: String?
    var eastAsiaFont: String
    var latinFont = DocxFontFace.latin
    var sizePt: Double
    var justification = Justification.both
    /// Indents in hundredths of a character, as Word's w:firstLineChars/w:leftChars/w:rightChars.
    var firstLineChars = 0
    var leftChars = 0
    var rightChars = 0
    var lineSpacing: LineSpacing? = .body
    var spacingAfterLines: Double = 0
    /// 0 for 一、 headings, 1 for （一）: what the navigation pane shows.
    var outlineLevel: Int?
    var keepNext = false
    /// Off for lines set larger than the grid (title) or outside it (footer).
    var snapToGrid = true
    /// Body-size text is condensed so a line holds the grid's 28 characters.
    var fitsCharacterGrid = true
    /// Headings say "not bold" outright so no application adds its own heading weight.
    var explicitlyPlain = false

    static let normal = DocxParagraphStyle(
        id: "Normal", name: "Normal", eastAsiaFont: DocxFontFace.body, sizePt: 16)
    static let body = DocxParagraphStyle(
        id: "Body", name: "Body", basedOn: "Normal", eastAsiaFont: DocxFontFace.body, sizePt: 16,
        firstLineChars: 200)
    static let salutation = DocxParagraphStyle(
        id: "Salutation", name: "Salutation", basedOn: "Normal", next: "Body", eastAsiaFont: DocxFontFace.body,
        sizePt: 16)
    static let title = DocxParagraphStyle(
        id: "Title", name: "Title", basedOn: "Normal", next: "Byline", eastAsiaFont: DocxFontFace.title,
        sizePt: 22, justification: .center, lineSpacing: .title, spacingAfterLines: 0.5, keepNext: true,
        snapToGrid: false,
        fitsCharacterGrid: false, explicitlyPlain: true)
    static let byline = DocxParagraphStyle(
        id: "Byline", name: "Byline", basedOn: "Normal", next: "Salutation", eastAsiaFont: DocxFontFace.kai,
        sizePt: 16, justification: .center, spacingAfterLines: 1, keepNext: true, snapToGrid: false,
        fitsCharacterGrid: false)
    static let heading1 = DocxParagraphStyle(
        id: "Heading1", name: "heading 1", basedOn: "Body", next: "Body", eastAsiaFont: DocxFontFace.hei,
        sizePt: 16, firstLineChars: 200, outlineLevel: 0, keepNext: true, explicitlyPlain: true)
    static let heading2 = DocxParagraphStyle(
        id: "Heading2", name: "heading 2", basedOn: "Body", next: "Body", eastAsiaFont: DocxFontFace.kai,
        sizePt: 16, firstLineChars: 200, outlineLevel: 1, keepNext: true, explicitlyPlain: true)
    static let heading3 = DocxParagraphStyle(
        id: "Heading3", name: "heading 3", basedOn: "Body", next: "Body", eastAsiaFont: DocxFontFace.body,
        sizePt: 16, firstLineChars: 200, outlineLevel: 2, explicitlyPlain: true)
    static let footer = DocxParagraphStyle(
        id: "Footer", name: "footer", basedOn: "Normal", eastAsiaFont: DocxFontFace.song,
        latinFont: DocxFontFace.song, sizePt: 14, justification: .right, lineSpacing: nil, snapToGrid: false,
        fitsCharacterGrid: false)

    /// Every style written to styles.xml.
    static let all: [DocxParagraphStyle] = [
        normal, body, salutation, title, byline, heading1, heading2, heading3, footer,
    ]

    /// The style for a heading of outline level 1, 2, 3…; a speech shows at most three faces.
    static func heading(level: Int?) -> DocxParagraphStyle {
        let table = [heading1, heading2, heading3]
        return table[min(max((level ?? 1) - 1, 0), table.count - 1)]
    }

    /// Half-points, the unit of w:sz.
    var halfPoints: String { String(Int((sizePt * 2).rounded())) }
}
