import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A parsed XML element for assertions: name, attributes, children and character content.
struct XMLTree: Equatable {
    var name: String
    var attributes: [String: String]
    var children: [XMLTree]
    var text: String

    subscript(attribute: String) -> String? { attributes[attribute] }

    /// Every descendant element (depth first, document order) with this qualified name.
    func all(_ name: String) -> [XMLTree] {
        children.flatMap { ($0.name == name ? [$0] : []) + $0.all(name) }
    }

    func first(_ name: String) -> XMLTree? { all(name).first }

    /// The direct child with this name.
    func child(_ name: String) -> XMLTree? { children.first { $0.name == name } }

    /// The character content of all descendant w:t elements, with w:br as a newline.
    var wordText: String {
        children.map { child in
            switch child.name {
            case "w:t": child.text
            case "w:br": "\n"
            default: child.wordText
            }
        }.joined()
    }

    struct ParseError: Error, CustomStringConvertible {
        var description: String
    }

    /// Parses a whole document with Foundation's XMLParser; throws when it is not well-formed.
    static func parse(_ data: Data) throws -> XMLTree {
        let builder = Builder()
        let parser = XMLParser(data: data)
        parser.delegate = builder
        guard parser.parse(), let root = builder.root else {
            throw ParseError(description: parser.parserError.map { "\($0)" } ?? "no root element")
        }
        return root
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var stack: [XMLTree] = []
        var root: XMLTree?

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName: String?, attributes: [String: String] = [:]
        ) {
            stack.append(XMLTree(name: elementName, attributes: attributes, children: [], text: ""))
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if !stack.isEmpty { stack[stack.count - 1].text += string }
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
        ) {
            let element = stack.removeLast()
            if stack.isEmpty { root = element } else { stack[stack.count - 1].children.append(element) }
        }
    }
}
