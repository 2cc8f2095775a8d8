// The page-number footers: 4号 宋体 “— 1 —”, one character in from the outer edge.
extension DocxWriter {
    /// footer1.xml (odd pages, right) or footer2.xml (even pages, left).
    func footer(odd: Bool) -> XMLNode {
        var style = DocxParagraphStyle.footer
        style.justification = odd ? .right : .left
        style.rightChars = odd ? 100 : 0
        style.leftChars = odd ? 0 : 100
        let run = { (content: XMLNode) in XMLNode("w:r", children: [style.runProperties(layout: layout), content]) }
        let field = [
            run(XMLNode("w:fldChar", ["w:fldCharType": "begin"])),
            run(XMLNode("w:instrText", ["xml:space": "preserve"], text: " PAGE ")),
            run(XMLNode("w:fldChar", ["w:fldCharType": "separate"])),
            run(Self.textNode("1")),
            run(XMLNode("w:fldChar", ["w:fldCharType": "end"])),
        ]
        let paragraph = XMLNode(
            "w:p",
            children: [style.paragraphProperties(layout: layout, styleReference: true), run(Self.textNode("— "))]
                + field + [run(Self.textNode(" —"))])
        return XMLNode(
            "w:ftr", ["xmlns:w": Self.wordNamespace, "xmlns:r": Self.relationshipNamespace], children: [paragraph])
    }
}
