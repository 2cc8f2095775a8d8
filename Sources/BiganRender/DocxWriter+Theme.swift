// word/theme/theme1.xml: the smallest complete DrawingML theme. Word does not need its colours,
// but validators expect the part, and its font scheme names the 公文 fonts for Simplified Chinese.
extension DocxWriter {
    private static let drawingNamespace = "http://schemas.openxmlformats.org/drawingml/2006/main"

    static var theme: XMLNode {
        XMLNode(
            "a:theme", ["xmlns:a": drawingNamespace, "name": "Bigan"],
            children: [
                XMLNode("a:themeElements", children: [colorScheme, fontScheme, formatScheme]),
                XMLNode("a:objectDefaults"),
                XMLNode("a:extraClrSchemeLst"),
            ])
    }

    private static var colorScheme: XMLNode {
        let system = [("a:dk1", "windowText", "000000"), ("a:lt1", "window", "FFFFFF")].map { slot, name, last in
            XMLNode(slot, children: [XMLNode("a:sysClr", ["val": name, "lastClr": last])])
        }
        let colors = [
            ("a:dk2", "44546A"), ("a:lt2", "E7E6E6"), ("a:accent1", "4472C4"), ("a:accent2", "ED7D31"),
            ("a:accent3", "A5A5A5"), ("a:accent4", "FFC000"), ("a:accent5", "5B9BD5"), ("a:accent6", "70AD47"),
            ("a:hlink", "0563C1"), ("a:folHlink", "954F72"),
        ].map { slot, rgb in XMLNode(slot, children: [XMLNode("a:srgbClr", ["val": rgb])]) }
        return XMLNode("a:clrScheme", ["name": "Bigan"], children: system + colors)
    }

    private static var fontScheme: XMLNode {
        let fonts = { (name: String, chinese: String) in
            XMLNode(
                name,
                children: [
                    XMLNode("a:latin", ["typeface": DocxFontFace.latin]),
                    XMLNode("a:ea", ["typeface": ""]),
                    XMLNode("a:cs", ["typeface": ""]),
                    XMLNode("a:font", ["script": "Hans", "typeface": chinese]),
                ])
        }
        return XMLNode(
            "a:fontScheme", ["name": "Bigan"],
            children: [fonts("a:majorFont", DocxFontFace.hei), fonts("a:minorFont", DocxFontFace.body)])
    }

    /// Each style list needs three entries; plain fills and lines are enough.
    private static var formatScheme: XMLNode {
        let fill = XMLNode("a:solidFill", children: [XMLNode("a:schemeClr", ["val": "phClr"])])
        let three = { (node: XMLNode) in [node, node, node] }
        return XMLNode(
            "a:fmtScheme", ["name": "Bigan"],
            children: [
                XMLNode("a:fillStyleLst", children: three(fill)),
                XMLNode("a:lnStyleLst", children: three(XMLNode("a:ln", ["w": "6350"], children: [fill]))),
                XMLNode(
                    "a:effectStyleLst",
                    children: three(XMLNode("a:effectStyle", children: [XMLNode("a:effectLst")]))),
                XMLNode("a:bgFillStyleLst", children: three(fill)),
            ])
    }
}
