/// Text made safe to print on a terminal: control characters (an escape sequence in a file name,
/// a carriage return) and bidirectional overrides are shown as escapes instead of acting.
public enum VisibleText {
    /// `text` with every control or direction-changing character written as `\xNN` or `\u{NNNN}`;
    /// `keepingNewlines` lets line breaks of a multi-line message through.
    public static func escaped(_ text: String, keepingNewlines: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: isInvisibleControl) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if !isInvisibleControl(scalar) || (keepingNewlines && scalar == "\n") {
                result.unicodeScalars.append(scalar)
            } else if scalar.value < 0x80 {
                result += "\\x" + hex(scalar.value, digits: 2)
            } else {
                result += "\\u{" + hex(scalar.value, digits: 4) + "}"
            }
        }
        return result
    }

    static func isInvisibleControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    public static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
