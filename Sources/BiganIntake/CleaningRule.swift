import BiganText
import Foundation

/// One row of the cleaning table: a named pattern and what to do with the lines it matches.
///
/// Patterns are ICU regular expressions matched against a line without its leading indentation.
/// A rule is only tried on lines no longer than `maxLength` UTF-8 bytes (boilerplate is short) that
/// contain at least one of its `needles` (a cheap test before the regular expression). Prefix rules
/// look at any line, but only at its first `prefixWindow` characters.
///
/// A class: every line walks the whole table, and a struct would be copied, with its strings and
/// arrays retained and released, once per rule per line.
final class CleaningRule: Sendable {
    enum Action: Sendable, Equatable {
        /// Drop the line when the pattern matches all of it.
        case dropLine
        /// Drop the line when the pattern matches all of it, and every line after it, provided what
        /// follows is shorter than what came before (a trailing region, not a sidebar at the top).
        case dropRest
        /// Remove the pattern where it matches at the start of the line; keep the rest.
        case stripPrefix
        /// Remove every match of the pattern inside the line.
        case strip
    }

    let name: String
    let action: Action
    let pattern: String
    let needles: [String]
    private let needleBytes: [[UInt8]]
    let maxLength: Int
    let regex: NSRegularExpression

    /// The longest prefix (in characters) a `stripPrefix` rule looks at.
    static let prefixWindow = 80

    init(_ name: String, _ action: Action, _ pattern: String, needles: [String] = [], maxLength: Int = 400) {
        self.name = name
        self.action = action
        self.pattern = pattern
        self.needles = needles
        self.needleBytes = needles.map { Array($0.utf8) }
        self.maxLength = action == .stripPrefix ? Int.max : maxLength
        let anchored = action == .strip ? pattern : "^(?:" + pattern + ")" + (action == .stripPrefix ? "" : "$")
        do {
            regex = try NSRegularExpression(pattern: anchored, options: [.caseInsensitive])
        } catch {
            preconditionFailure("cleaning rule '\(name)' has a bad pattern: \(pattern)")
        }
    }

    /// Whether the cheap tests let this rule look at `text` (a `stripPrefix` rule only at its start).
    func applies(to text: String) -> Bool {
        guard text.utf8.count <= maxLength else { return false }
        guard !needleBytes.isEmpty else { return true }
        var text = text
        return text.withUTF8 { bytes in
            let scope = action == .stripPrefix ? Self.prefixWindow * 4 : bytes.count
            return needleBytes.contains { UTF8Search.contains(bytes, $0, within: scope) }
        }
    }

    /// Whether the pattern matches all of `text` (for the dropping actions).
    func matchesWhole(_ text: String) -> Bool {
        regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// `text` with the pattern removed (for the stripping actions); nil when nothing matched.
    func stripping(_ text: String) -> String? {
        if action == .stripPrefix {
            let window = String(text.prefix(Self.prefixWindow))
            guard let match = regex.firstMatch(in: window, range: NSRange(window.startIndex..., in: window)),
                match.range.length > 0
            else { return nil }
            let end = text.utf16.index(text.startIndex, offsetBy: match.range.upperBound)
            return String(text[end...])
        }
        let range = NSRange(text.startIndex..., in: text)
        guard regex.firstMatch(in: text, range: range) != nil else { return nil }
        return regex.stringByReplacingMatches(in: text, range: range, withTemplate: "")
    }
}
