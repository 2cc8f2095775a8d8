// styles.xml, settings.xml and fontTable.xml.
extension DocxWriter {
    var styles: XMLNode {
        let normal = DocxParagraphStyle.normal
        let defaults = XMLNode(
            "w:docDefaults",
            children: [
                XMLNode(
                    "w:rPrDefault",
                    children: [
                        XMLNode(
                            "w:rPr",
                            children: [
                                normal.fonts,
                                XMLNode("w:kern", ["w:val": "2"]),
                                XMLNode("w:sz", ["w:val": normal.halfPoints]),
                                XMLNode("w:szCs", ["w:val": normal.halfPoints]),
                                XMLNode("w:lang", ["w:val": "en-US", "w:eastAsia": "zh-CN", "w:bidi": "ar-SA"]),
                            ])
                    ]),
                // Widow control off, as in 公文 templates: every page keeps its full 22 lines.
                XMLNode(
                    "w:pPrDefault",
                    children: [XMLNode("w:pPr", children: [XMLNode("w:widowControl", ["w:val": "0"])])]),
            ])
        let paragraphStyles = DocxParagraphStyle.all.map(styleNode)
        let defaultCharacterStyle = XMLNode(
            "w:style", ["w:type": "character", "w:default": "1", "w:styleId": "DefaultParagraphFont"],
            children: [
                XMLNode("w:name", ["w:val": "Default Paragraph Font"]),
                XMLNode("w:uiPriority", ["w:val": "1"]),
                XMLNode("w:semiHidden"),
                XMLNode("w:unhideWhenUsed"),
            ])
        return XMLNode(
            "w:styles", ["xmlns:w": Self.wordNamespace],
            children: [defaults] + paragraphStyles + [defaultCharacterStyle])
    }

    /// `<w:style>` children in schema order: name, basedOn, next, qFormat, pPr, rPr.
    private func styleNode(_ style: DocxParagraphStyle) -> XMLNode {
        var node = XMLNode("w:style", ["w:type": "paragraph", "w:styleId": style.id])
        if style.id == DocxParagraphStyle.normal.id { node = node.adding("w:default", "1") }
        node.children.append(XMLNode("w:name", ["w:val": style.name]))
        if let basedOn = style.basedOn { node.children.append(XMLNode("w:basedOn", ["w:val": basedOn])) }
        if let next = style.next { node.children.append(XMLNode("w:next", ["w:val": next])) }
        node.children.append(XMLNode("w:qFormat"))
        node.children.append(style.paragraphProperties(layout: layout, styleReference: false))
        node.children.append(style.runProperties(layout: layout, inStyle: true))
        return node
    }

    /// settings.xml children in schema order; evenAndOddHeaders gives the two page-number footers.
    static var settings: XMLNode {
        XMLNode(
            "w:settings", ["xmlns:w": wordNamespace],
            children: [
                XMLNode("w:zoom", ["w:percent": "100"]),
                XMLNode("w:defaultTabStop", ["w:val": "420"]),
                XMLNode("w:evenAndOddHeaders"),
                XMLNode("w:characterSpacingControl", ["w:val": "doNotCompress"]),
                XMLNode(
                    "w:compat",
                    children: [
                        XMLNode(
                            "w:compatSetting",
                            [
                                "w:name": "compatibilityMode", "w:uri": "http://schemas.microsoft.com/office/word",
                                "w:val": "15",
                            ])
                    ]),
                XMLNode("w:themeFontLang", ["w:val": "en-US", "w:eastAsia": "zh-CN"]),
                XMLNode("w:decimalSymbol", ["w:val": "."]),
                XMLNode("w:listSeparator", ["w:val": ","]),
            ])
    }

    static var fontTable: XMLNode {
        XMLNode(
            "w:fonts", ["xmlns:w": wordNamespace], children: DocxFontFace.table.map(\.node))
    }
}
