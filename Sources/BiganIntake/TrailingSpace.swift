/// Finds where trailing white space starts in UTF-8 bytes: ASCII blanks, U+3000, no-break and other
/// Unicode spaces.
enum TrailingSpace {
    static func end(of bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        var end = end
        while end > start {
            let width = spaceWidth(endingAt: end, in: bytes, from: start)
            guard width > 0 else { break }
            end -= width
        }
        return end
    }

    /// The byte length of the white-space character that ends just before `end`, or 0.
    private static func spaceWidth(endingAt end: Int, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let last = bytes[end - 1]
        if last == 0x20 || last == 0x09 || last == 0x0B || last == 0x0C { return 1 }
        if end - start >= 2, bytes[end - 2] == 0xC2, last == 0xA0 { return 2 }
        guard end - start >= 3 else { return 0 }
        let first = bytes[end - 3]
        let second = bytes[end - 2]
        switch (first, second, last) {
        case (0xE3, 0x80, 0x80): return 3  // U+3000 ideographic space
        case (0xE2, 0x80, 0x80...0x8A): return 3  // U+2000–U+200A
        case (0xE2, 0x80, 0xAF): return 3  // U+202F
        case (0xE2, 0x81, 0x9F): return 3  // U+205F
        default: return 0
        }
    }
}

extension TrailingSpace {
    /// `text` without its trailing white space.
    static func trimmed(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            let end = Self.end(of: bytes, from: 0, to: bytes.count)
            return end == bytes.count
                ? nil : String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<end]), as: UTF8.self)
        } ?? text
    }
}
