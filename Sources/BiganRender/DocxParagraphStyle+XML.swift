// Element order inside w:pPr and w:rPr follows the OOXML schema sequence; Word rejects a file
// whose children are out of order even where LibreOffice accepts it.

extension DocxParagraphStyle {
    /// `<w:pPr>`: pStyle, keepNext, snapToGrid, spacing, ind, jc, outlineLvl (schema order).
    func paragraphProperties(layout: DocxLayout, styleReference: Bool) -> XMLNode {
        var children: [XMLNode] = []
        if styleReference { children.append(XMLNode("w:pStyle", ["w:val": id])) }
        if keepNext { children.append(XMLNode("w:keepNext")) }
        if !snapToGrid { children.append(XMLNode("w:snapToGrid", ["w:val": "0"])) }
        children.append(spacing(layout: layout))
        children.append(indentation)
        children.append(XMLNode("w:jc", ["w:val": justification.rawValue]))
        if let outlineLevel { children.append(XMLNode("w:outlineLvl", ["w:val": String(outlineLevel)])) }
        return XMLNode("w:pPr", children: children)
    }

    /// `<w:rPr>`: rFonts, b, bCs, i, iCs, spacing, sz, szCs, highlight, lang (schema order).
    func runProperties(layout: DocxLayout, highlight: Bool = false, inStyle: Bool = false) -> XMLNode {
        var children = [fonts]
        if explicitlyPlain && inStyle {
            children += ["w:b", "w:bCs", "w:i", "w:iCs"].map { XMLNode($0, ["w:val": "0"]) }
        }
        // Said even when 0: a title must not inherit the body's condensing from Normal.
        let spacing = fitsCharacterGrid ? layout.characterSpacingTwips(bodyPt: sizePt) : 0
        children.append(XMLNode("w:spacing", ["w:val": String(spacing)]))
        children += [XMLNode("w:sz", ["w:val": halfPoints]), XMLNode("w:szCs", ["w:val": halfPoints])]
        if highlight { children.append(XMLNode("w:highlight", ["w:val": "yellow"])) }
        // On every run, not only in the defaults: a reader that picks a fallback face by language
        // (WPS, LibreOffice) then takes a Simplified Chinese one, not the Japanese or Korean form.
        children.append(XMLNode("w:lang", ["w:eastAsia": "zh-CN"]))
        return XMLNode("w:rPr", children: children)
    }

    /// The East Asian font goes on every run; `hint` makes shared punctuation (“ ” — …) use it too.
    var fonts: XMLNode {
        XMLNode(
            "w:rFonts",
            [
                "w:hint": "eastAsia", "w:ascii": latinFont, "w:hAnsi": latinFont, "w:eastAsia": eastAsiaFont,
                "w:cs": latinFont,
            ])
    }

    private func spacing(layout: DocxLayout) -> XMLNode {
        let after = String(Int(spacingAfterLines * Double(layout.lineTwips)))
        switch lineSpacing {
        case .body:
            let line = String(layout.lineTwips)
            return XMLNode("w:spacing", ["w:before": "0", "w:after": after, "w:line": line, "w:lineRule": "exact"])
        case .title:
            let line = String(DocxLayout.twips(pt: layout.titleLineSpacingPt))
            return XMLNode("w:spacing", ["w:before": "0", "w:after": after, "w:line": line, "w:lineRule": "exact"])
        case nil:
            return XMLNode("w:spacing", ["w:before": "0", "w:after": after])
        }
    }

    /// Character-based indents with a twip fallback for readers that ignore the *Chars attributes.
    private var indentation: XMLNode {
        func twips(_ chars: Int) -> String { String(Int((sizePt * 20 * Double(chars) / 100).rounded())) }
        return XMLNode(
            "w:ind",
            [
                "w:left": twips(leftChars), "w:leftChars": String(leftChars),
                "w:right": twips(rightChars), "w:rightChars": String(rightChars),
                "w:firstLine": twips(firstLineChars), "w:firstLineChars": String(firstLineChars),
            ])
    }
}
