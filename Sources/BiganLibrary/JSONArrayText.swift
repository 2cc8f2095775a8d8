import Foundation

/// The JSON text of a string array as the library stores heading paths and set items,
/// written without an encoder round trip (import writes one per paragraph).
package enum JSONArrayText {
    package static func encode(_ strings: [String]) -> String {
        var out = "["
        for (index, string) in strings.enumerated() {
            if index > 0 { out += "," }
            out += "\""
            for scalar in string.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                case _ where scalar.value < 0x20:
                    out += String(format: "\\u%04x", scalar.value)
                default: out.unicodeScalars.append(scalar)
                }
            }
            out += "\""
        }
        return out + "]"
    }

    package static func decode(_ text: String?) -> [String] {
        guard let text else { return [] }
        if let plain = plainStrings(text) { return plain }
        guard let data = text.data(using: .utf8) else { return [] }
        return (try? JSONDecoder().decode([String].self, from: data)) ?? []
    }

    /// The strings of an array as `encode` writes one when nothing needed escaping (`[]`, `["a","b"]`),
    /// split without a decoder; nil for anything else.
    static func plainStrings(_ text: String) -> [String]? {
        if text == "[]" { return [] }
        guard text.hasPrefix("[\""), text.hasSuffix("\"]"), text.utf8.count >= 4, !text.utf8.contains(0x5C) else {
            return nil
        }
        let inner = text.dropFirst(2).dropLast(2)
        let parts = inner.split(separator: "\",\"", omittingEmptySubsequences: false)
        // A quote anywhere else means the text is not an array of plain strings.
        guard parts.allSatisfy({ !$0.utf8.contains(0x22) }) else { return nil }
        return parts.map(String.init)
    }
}
