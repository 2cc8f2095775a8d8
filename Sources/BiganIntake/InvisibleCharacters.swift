/// Zero-width and format characters that web pages and wikis leave in text (U+200B, U+FEFF …).
enum InvisibleCharacters {
    static let scalars: Set<Unicode.Scalar> = ["\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}", "\u{00AD}"]

    /// `text` without them, or nil when it has none.
    static func removing(from text: String) -> String? {
        guard contains(text) else { return nil }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: text.unicodeScalars.lazy.filter { !scalars.contains($0) })
        return String(result)
    }

    /// A byte scan for their UTF-8 forms (E2 80 8B–8D, E2 81 A0, EF BB BF, C2 AD), cheaper than
    /// looking up every scalar of every line.
    static func contains(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count >= 2 else { return false }
            for index in 0..<(bytes.count - 1) {
                switch (bytes[index], bytes[index + 1]) {
                case (0xC2, 0xAD): return true
                case (0xE2, 0x80) where index + 2 < bytes.count && (0x8B...0x8D).contains(bytes[index + 2]): return true
                case (0xE2, 0x81) where index + 2 < bytes.count && bytes[index + 2] == 0xA0: return true
                case (0xEF, 0xBB) where index + 2 < bytes.count && bytes[index + 2] == 0xBF: return true
                default: continue
                }
            }
            return false
        }
    }
}
