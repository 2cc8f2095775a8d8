/// The paragraph properties Bigan reads from `w:pPr`, directly or through a style.
struct DocxParagraphFormat: Sendable, Equatable {
    var styleId: String?
    var numId: String?
    var level: Int?
    /// Whether the first line is indented (`w:ind`); nil when the paragraph does not say.
    var firstLineIndent: Bool?

    /// Fills what `self` leaves open from `other` (a style further up the chain).
    func inheriting(_ other: DocxParagraphFormat) -> DocxParagraphFormat {
        DocxParagraphFormat(
            styleId: styleId ?? other.styleId, numId: numId ?? other.numId, level: level ?? other.level,
            firstLineIndent: firstLineIndent ?? other.firstLineIndent)
    }

    /// Reads the properties an element directly inside `w:pPr` carries.
    mutating func read(_ name: String, attributes: [String: String]) {
        let value = XMLPartHandler.attribute("val", in: attributes)
        switch name {
        case "pStyle": styleId = value
        case "ind": firstLineIndent = Self.firstLineIndent(attributes) ?? firstLineIndent
        default: break
        }
    }

    /// Reads `w:numId` and `w:ilvl` inside `w:numPr`.
    mutating func readNumbering(_ name: String, attributes: [String: String]) {
        let value = XMLPartHandler.attribute("val", in: attributes)
        switch name {
        case "numId": numId = value
        case "ilvl": level = value.flatMap { Int($0) }
        default: break
        }
    }

    /// `w:firstLineChars` wins over `w:firstLine` when set; a hanging indent is no first-line indent.
    static func firstLineIndent(_ attributes: [String: String]) -> Bool? {
        func number(_ name: String) -> Double? {
            XMLPartHandler.attribute(name, in: attributes).flatMap { Double($0) }
        }
        if let chars = number("firstLineChars"), chars != 0 { return chars > 0 }
        if let twips = number("firstLine") { return twips > 0 }
        if number("hangingChars") != nil || number("hanging") != nil { return false }
        return nil
    }
}
