/// A small XML element tree that always serialises to well-formed, escaped XML.
struct XMLNode: Sendable, Equatable {
    struct Attribute: Sendable, Equatable {
        var name: String
        var value: String
    }

    var name: String
    var attributes: [Attribute]
    var children: [XMLNode]
    /// Character content; an element has either text or children.
    var text: String?

    init(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], children: [XMLNode] = []) {
        self.name = name
        self.attributes = attributes.map { Attribute(name: $0.key, value: $0.value) }
        self.children = children
        self.text = nil
    }

    init(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], text: String) {
        self.init(name, attributes)
        self.text = text
    }

    /// A copy with one more attribute, for attributes that are only sometimes present.
    func adding(_ name: String, _ value: String) -> XMLNode {
        var copy = self
        copy.attributes.append(Attribute(name: name, value: value))
        return copy
    }

    /// The element as a standalone XML document with the usual declaration.
    var document: String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        write(into: &out)
        return out
    }

    func write(into out: inout String) {
        out += "<" + name
        for attribute in attributes {
            out += " \(attribute.name)=\"\(XMLNode.escape(attribute.value, quotes: true))\""
        }
        if let text {
            out += ">" + XMLNode.escape(text, quotes: false) + "</\(name)>"
        } else if children.isEmpty {
            out += "/>"
        } else {
            out += ">"
            for child in children { child.write(into: &out) }
            out += "</\(name)>"
        }
    }

    /// Escapes markup characters and drops characters XML 1.0 forbids (most C0 controls).
    static func escape(_ text: String, quotes: Bool) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where quotes: out += "&quot;"
            case "'" where quotes: out += "&apos;"
            default:
                if isAllowed(scalar) { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: return true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }
}
