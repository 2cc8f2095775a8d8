import BiganCompose

// word/document.xml: title, byline, the draft's blocks, and the section (page) properties.
extension DocxWriter {
    func document(for draft: Draft) -> XMLNode {
        let bylines = RenderText.lines(of: draft.byline ?? "")
        var paragraphs = [titleParagraph(draft.title, lastOfHead: bylines.isEmpty)]
        for (index, line) in bylines.enumerated() {
            var style = DocxParagraphStyle.byline
            if index < bylines.count - 1 { style.spacingAfterLines = 0 }
            paragraphs.append(paragraph(line, style: style))
        }
        for block in draft.blocks {
            let style = Self.style(for: block)
            paragraphs += RenderText.lines(of: block.text).map { paragraph($0, style: style) }
        }
        return XMLNode(
            "w:document", ["xmlns:w": Self.wordNamespace, "xmlns:r": Self.relationshipNamespace],
            children: [XMLNode("w:body", children: paragraphs + [sectionProperties])])
    }

    static func style(for block: DraftBlock) -> DocxParagraphStyle {
        switch block.type {
        case .salutation: .salutation
        case .heading: .heading(level: block.level)
        case .paragraph: .body
        }
    }

    /// The title, split into balanced lines held in one centred paragraph; a blank line follows
    /// the head (title and byline) before the salutation.
    private func titleParagraph(_ title: String, lastOfHead: Bool) -> XMLNode {
        var style = DocxParagraphStyle.title
        if lastOfHead { style.spacingAfterLines = DocxParagraphStyle.byline.spacingAfterLines }
        let maxWidth = (layout.textWidthPt / style.sizePt).rounded(.down) - 2
        let lines = TitleSplitter(maxWidth: maxWidth).lines(title.split(whereSeparator: \.isNewline).joined())
        var run = XMLNode("w:r", children: [style.runProperties(layout: layout)])
        for (index, line) in lines.enumerated() {
            if index > 0 { run.children.append(XMLNode("w:br")) }
            run.children.append(Self.textNode(line))
        }
        return XMLNode("w:p", children: [style.paragraphProperties(layout: layout, styleReference: true), run])
    }

    private func paragraph(_ text: String, style: DocxParagraphStyle) -> XMLNode {
        let runs = PlaceholderSpans.split(text).map { span in
            XMLNode(
                "w:r",
                children: [
                    style.runProperties(layout: layout, highlight: span.isPlaceholder), Self.textNode(span.text),
                ])
        }
        return XMLNode("w:p", children: [style.paragraphProperties(layout: layout, styleReference: true)] + runs)
    }

    static func textNode(_ text: String) -> XMLNode {
        XMLNode("w:t", ["xml:space": "preserve"], text: text)
    }

    /// `<w:sectPr>` in schema order: footerReference, pgSz, pgMar, pgNumType, cols, docGrid.
    /// The grid is a line grid only (see `DocxLayout.characterSpacingTwips`).
    private var sectionProperties: XMLNode {
        let twips = { (mm: Double) in String(DocxLayout.twips(mm: mm)) }
        return XMLNode(
            "w:sectPr",
            children: [
                XMLNode("w:footerReference", ["w:type": "default", "r:id": Self.oddFooterId]),
                XMLNode("w:footerReference", ["w:type": "even", "r:id": Self.evenFooterId]),
                XMLNode("w:pgSz", ["w:w": twips(layout.pageWidthMM), "w:h": twips(layout.pageHeightMM)]),
                XMLNode(
                    "w:pgMar",
                    [
                        "w:top": twips(layout.marginTopMM), "w:right": twips(layout.marginRightMM),
                        "w:bottom": twips(layout.marginBottomMM), "w:left": twips(layout.marginLeftMM),
                        "w:header": twips(layout.headerMM), "w:footer": twips(layout.footerMM), "w:gutter": "0",
                    ]),
                XMLNode("w:pgNumType", ["w:fmt": "decimal", "w:start": "1"]),
                XMLNode("w:cols", ["w:space": "425"]),
                XMLNode(
                    "w:docGrid",
                    [
                        "w:type": "lines", "w:linePitch": String(layout.lineTwips),
                    ]),
            ])
    }
}
