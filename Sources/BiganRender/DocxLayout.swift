/// Page, grid and line measurements of a speech .docx; `.gbt9704` follows GB/T 9704-2012.
public struct DocxLayout: Sendable, Equatable {
    public var pageWidthMM: Double = 210
    public var pageHeightMM: Double = 297
    public var marginTopMM: Double = 37
    public var marginBottomMM: Double = 35
    public var marginLeftMM: Double = 28
    public var marginRightMM: Double = 26
    /// Distance from the bottom edge of the page to the page-number line.
    public var footerMM: Double = 25
    public var headerMM: Double = 15
    /// Fixed body line spacing; speech copies use 28–30 pt. 28.95 pt (579 twips) is the most that
    /// still fits 22 lines in the 225 mm text block; a round 29 pt leaves room for only 21.
    public var lineSpacingPt: Double = 28.95
    /// Fixed line spacing of the title lines, which are set in 22 pt.
    public var titleLineSpacingPt: Double = 35
    /// The GB/T 9704 text grid: 22 lines of 28 characters.
    public var linesPerPage = 22
    public var charactersPerLine = 28

    public init() {}

    /// GB/T 9704-2012: A4, margins 37/35/28/26 mm, 22 lines of 28 characters.
    public static let gbt9704 = DocxLayout()

    /// Twentieths of a point (twips), the unit of most OOXML lengths.
    static func twips(mm: Double) -> Int { Int((mm * 1440 / 25.4).rounded()) }
    static func twips(pt: Double) -> Int { Int((pt * 20).rounded()) }

    var textWidthPt: Double { (pageWidthMM - marginLeftMM - marginRightMM) * 72 / 25.4 }
    var textHeightPt: Double { (pageHeightMM - marginTopMM - marginBottomMM) * 72 / 25.4 }

    /// The body line spacing in twips, also the pitch of the document's line grid.
    var lineTwips: Int { Self.twips(pt: lineSpacingPt) }

    /// Character spacing in twips (w:spacing, negative = condensed) that fits `charactersPerLine`
    /// characters of `bodyPt` on a line. A character grid (docGrid linesAndChars) would say the same
    /// to Word, but LibreOffice lays such a grid out two cells per character.
    func characterSpacingTwips(bodyPt: Double) -> Int {
        min(0, Int(((textWidthPt / Double(charactersPerLine) - bodyPt) * 20).rounded(.down)))
    }
}
