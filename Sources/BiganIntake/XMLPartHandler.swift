import BiganText
import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A SAX handler for one XML part of a .docx: subclasses see elements by local name and namespace,
/// and `parse` turns any parse error into a `BiganError` naming the file and the part.
class XMLPartHandler: NSObject, XMLParserDelegate {
    static let wordNamespaces: Set<String> = [
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "http://purl.oclc.org/ooxml/wordprocessingml/main",
    ]

    /// Local names of the open elements in the WordprocessingML namespace, outermost first.
    private(set) var wordPath: [String] = []
    private var openElements: [Bool] = []
    private var skipDepth = 0
    private var errorLine: Int?

    /// The local name of the WordprocessingML element enclosing the current one.
    var parentName: String? { wordPath.count >= 2 ? wordPath[wordPath.count - 2] : nil }

    /// Whether the open WordprocessingML elements end with `names` (innermost last).
    func pathEnds(with names: [String]) -> Bool {
        wordPath.count >= names.count && wordPath.suffix(names.count).elementsEqual(names)
    }

    /// Called for each start tag of a WordprocessingML element, after it joins `wordPath`.
    func didStart(_ name: String, attributes: [String: String]) {}
    /// Called for each end tag of a WordprocessingML element, before it leaves `wordPath`.
    func didEnd(_ name: String) {}
    /// Answers whether to skip an element and everything in it (asked for every namespace).
    func skips(_ name: String, namespace: String?) -> Bool { false }
    /// Called for text content.
    func didFind(_ text: String) {}

    /// Parses `data` (the part `part` of `file`) with this handler.
    func parse(_ data: Data, part: String, file: String) throws {
        guard !Self.hasDoctype(data) else {
            throw BiganError(file: file, "\(part) 含有 DOCTYPE 声明，Word 从不写这个，拒绝读取")
        }
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = self
        let finished = parser.parse()
        if !finished || errorLine != nil || parser.parserError != nil || !openElements.isEmpty || skipDepth > 0 {
            let line = errorLine.map { "（第 \($0) 行）" } ?? ""
            throw BiganError(file: file, ".docx 文件已损坏：\(part) 不是格式正确的 XML\(line)")
        }
    }

    /// The value of attribute `name` whatever its prefix (`w:val` or `val`).
    static func attribute(_ name: String, in attributes: [String: String]) -> String? {
        if let value = attributes[name] { return value }
        return attributes.first { $0.key.hasSuffix(":" + name) }?.value
    }

    /// A DOCTYPE can declare entities that expand without bound; Word parts never have one.
    static func hasDoctype(_ data: Data) -> Bool {
        data.withUnsafeBytes { UTF8Search.contains($0.bindMemory(to: UInt8.self), doctype) }
    }

    private static let doctype = Array("<!DOCTYPE".utf8)

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
        if skipDepth > 0 || skips(elementName, namespace: namespaceURI) {
            skipDepth += 1
            return
        }
        let isWord = namespaceURI.map(Self.wordNamespaces.contains) ?? false
        openElements.append(isWord)
        guard isWord else { return }
        wordPath.append(elementName)
        didStart(elementName, attributes: attributeDict)
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
    ) {
        if skipDepth > 0 {
            skipDepth -= 1
            return
        }
        guard let isWord = openElements.popLast() else { return }
        guard isWord, wordPath.last == elementName else { return }
        didEnd(elementName)
        wordPath.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if skipDepth == 0 { didFind(string) }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        if errorLine == nil { errorLine = parser.lineNumber }
    }
}
