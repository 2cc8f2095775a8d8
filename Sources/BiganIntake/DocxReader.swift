import BiganText
import Foundation

/// Reads a .docx into lines: one line per paragraph (numbered by paragraph), more where a paragraph
/// holds line breaks. Word's generated list numbers become marker text (一、 （一） 1.), and a
/// first-line indent becomes two ideographic spaces, as a typed text would have them.
struct DocxReader: Sendable {
    static let defaultPartLimit = 64 << 20
    static let documentPart = "word/document.xml"
    static let indent = "\u{3000}\u{3000}"

    var partLimit = defaultPartLimit

    func read(_ source: SourceFile) throws -> [SourceLine] {
        let file = source.path
        let package = try DocxPackage(source, partLimit: partLimit)
        guard let document = try package.part(Self.documentPart) else {
            throw BiganError(file: file, "不是 Word 文档：压缩包里没有 \(Self.documentPart)")
        }
        let numbering = try parse(package, "word/numbering.xml", with: DocxNumberingHandler())?.numbering
        let styles = try parse(package, "word/styles.xml", with: DocxStylesHandler())?.styles
        let handler = DocxDocumentHandler()
        try handler.parse(document, part: Self.documentPart, file: file)
        return lines(
            from: handler.paragraphs, numbering: numbering ?? .empty, styles: styles ?? .empty)
    }

    /// Parses an optional part; nil when the package lacks it.
    private func parse<Handler: XMLPartHandler>(_ package: DocxPackage, _ part: String, with handler: Handler)
        throws -> Handler?
    {
        guard let data = try package.part(part) else { return nil }
        try handler.parse(data, part: part, file: package.file)
        return handler
    }

    func lines(from paragraphs: [DocxParagraph], numbering: DocxNumbering, styles: DocxStyles) -> [SourceLine] {
        var counter = ListCounter(numbering: numbering)
        var lines: [SourceLine] = []
        lines.reserveCapacity(paragraphs.count)
        for (index, paragraph) in paragraphs.enumerated() {
            let format = styles.resolve(paragraph.format)
            var prefix = ""
            if let numId = format.numId, let marker = counter.nextMarker(numId: numId, level: format.level ?? 0) {
                prefix = marker
            }
            let first = paragraph.segments[0]
            if format.firstLineIndent == true, !first.isEmpty || !prefix.isEmpty, !Indentation.isIndented(first) {
                prefix = Self.indent + prefix
            }
            for (offset, segment) in paragraph.segments.enumerated() {
                let text = offset == 0 ? prefix + segment : segment
                lines.append(SourceLine(number: index + 1, text: TrailingSpace.trimmed(text)))
            }
        }
        return lines
    }
}
