/// Zero-width and format characters that web pages and wikis leave in text (U+200B, U+FEFF …).
enum InvisibleCharacters {
    static let scalars: Set<Unicode.Scalar> = ["\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}", "\u{00AD}"]

    /// `text` without them, or nil when it has none.
    static func removing(from text: String) -> String? {
        guard mayContain(text) else { return nil }
        guard text.unicodeScalars.contains(where: scalars.contains) else { return nil }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: text.unicodeScalars.lazy.filter { !scalars.contains($0) })
        return String(result)
    }

    /// A byte scan for their UTF-8 lead bytes (E2 80 8B–8D, E2 81 A0, EF BB BF, C2 AD), cheaper than
    /// looking up every scalar of every line.
    private static func mayContain(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count >= 2 else { return false }
            for index in 0..<(bytes.count - 1) {
                switch (bytes[index], bytes[index + 1]) {
                case (0xE2, 0x80), (0xE2, 0x81), (0xEF, 0xBB), (0xC2, 0xAD): return true
                default: continue
                }
            }
            return false
        }
    }
}
