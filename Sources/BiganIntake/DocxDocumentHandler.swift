/// Reads the paragraphs of `word/document.xml`: runs' `w:t` text, `w:tab` as a tab, `w:br`/`w:cr` as
/// line breaks, and each paragraph's style, numbering and indent. Text boxes nested in a paragraph
/// come out as paragraphs of their own; `mc:Fallback` copies of them are skipped.
final class DocxDocumentHandler: XMLPartHandler {
    static let markupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006"

    private(set) var paragraphs: [DocxParagraph] = []
    private var open: [DocxParagraph] = []
    private var inText = false

    override func skips(_ name: String, namespace: String?) -> Bool {
        name == "Fallback" && namespace == Self.markupCompatibility
    }

    override func didStart(_ name: String, attributes: [String: String]) {
        guard name != "p" else {
            open.append(DocxParagraph())
            return
        }
        guard !open.isEmpty else { return }
        switch parentName {
        case "r":
            readRunContent(name, attributes: attributes)
        case "pPr" where pathEnds(with: ["p", "pPr", name]):
            open[open.count - 1].format.read(name, attributes: attributes)
        case "numPr" where pathEnds(with: ["p", "pPr", "numPr", name]):
            open[open.count - 1].format.readNumbering(name, attributes: attributes)
        default:
            break
        }
    }

    private func readRunContent(_ name: String, attributes: [String: String]) {
        switch name {
        case "t": inText = true
        case "tab": open[open.count - 1].append("\t")
        case "noBreakHyphen": open[open.count - 1].append("-")
        case "cr": open[open.count - 1].breakLine()
        case "br":
            let type = Self.attribute("type", in: attributes) ?? "textWrapping"
            let segment = open[open.count - 1].segments.last ?? ""
            if type == "textWrapping" || !segment.isEmpty { open[open.count - 1].breakLine() }
        default: break
        }
    }

    override func didEnd(_ name: String) {
        switch name {
        case "t": inText = false
        case "p": if let paragraph = open.popLast() { paragraphs.append(paragraph) }
        default: break
        }
    }

    override func didFind(_ text: String) {
        if inText, !open.isEmpty { open[open.count - 1].append(text) }
    }
}
