/// Reads `word/styles.xml` into `DocxStyles`.
final class DocxStylesHandler: XMLPartHandler {
    private(set) var styles = DocxStyles()
    private var styleId: String?
    private var format = DocxParagraphFormat()

    override func didStart(_ name: String, attributes: [String: String]) {
        switch name {
        case "style":
            let isParagraph = Self.attribute("type", in: attributes) == "paragraph"
            styleId = isParagraph ? Self.attribute("styleId", in: attributes) : nil
            format = DocxParagraphFormat()
            if isParagraph, Self.attribute("default", in: attributes).map({ ["1", "true", "on"].contains($0) }) == true
            {
                styles.defaultStyleId = styleId
            }
        case "pPrDefault":
            format = DocxParagraphFormat()
        case "basedOn" where parentName == "style":
            format.styleId = Self.attribute("val", in: attributes)
        case _ where parentName == "numPr":
            format.readNumbering(name, attributes: attributes)
        case _ where parentName == "pPr":
            guard name != "pStyle" else { return }
            format.read(name, attributes: attributes)
        default:
            break
        }
    }

    override func didEnd(_ name: String) {
        switch name {
        case "style":
            if let styleId { styles.styles[styleId] = format }
            styleId = nil
        case "pPr" where pathEnds(with: ["pPrDefault", "pPr"]):
            styles.defaults = format
            format = DocxParagraphFormat()
        default:
            break
        }
    }
}
