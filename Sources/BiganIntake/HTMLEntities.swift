/// Decodes HTML character references left in copied web text: `&amp;`, `&ldquo;`, `&#8220;`, `&#x201C;`.
/// Unknown names and the bare `&;` that sites leave of a quote stay as they are.
enum HTMLEntities {
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "ensp": " ",
        "emsp": "\u{3000}", "thinsp": "\u{2009}", "ldquo": "“", "rdquo": "”", "lsquo": "‘", "rsquo": "’",
        "laquo": "«", "raquo": "»", "lsaquo": "‹", "rsaquo": "›", "mdash": "—", "ndash": "–",
        "hellip": "…", "middot": "·", "bull": "•", "times": "×", "divide": "÷", "deg": "°", "plusmn": "±",
        "copy": "©", "reg": "®", "trade": "™", "yen": "¥", "permil": "‰", "sect": "§", "para": "¶",
        "shy": "", "zwsp": "", "zwj": "", "zwnj": "", "minus": "−", "prime": "′", "Prime": "″",
    ]

    /// The longest reference looked for, `&` and `;` included.
    static let maxLength = 12

    static func decode(_ text: String) -> String {
        guard text.utf8.contains(0x26) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var copied = text.startIndex
        var index = text.startIndex
        while let ampersand = text.utf8[index...].firstIndex(of: 0x26) {
            guard let (end, replacement) = reference(in: text, at: ampersand) else {
                index = text.index(after: ampersand)
                continue
            }
            result += text[copied..<ampersand]
            result += replacement
            copied = end
            index = end
        }
        result += text[copied...]
        return result
    }

    /// The reference starting at `start` (an `&`): where it ends and what it stands for.
    private static func reference(in text: String, at start: String.Index) -> (String.Index, String)? {
        let rest = text[text.index(after: start)...].prefix(maxLength)
        guard let semicolon = rest.firstIndex(of: ";"), semicolon > rest.startIndex else { return nil }
        let name = rest[rest.startIndex..<semicolon]
        let end = text.index(after: semicolon)
        if let value = named[String(name)] { return (end, value) }
        guard name.first == "#" else { return nil }
        let digits = name.dropFirst()
        let isHex = digits.first == "x" || digits.first == "X"
        guard let code = UInt32(isHex ? digits.dropFirst() : digits, radix: isHex ? 16 : 10),
            let scalar = Unicode.Scalar(code), code != 0
        else { return nil }
        return (end, String(Character(scalar)))
    }
}
