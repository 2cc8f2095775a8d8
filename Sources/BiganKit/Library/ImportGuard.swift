import Foundation

/// Checks a file's bytes before it is parsed, so that an empty file, binary data or a text cut
/// off in the middle of a character fails with a clear message instead of adding garbage.
enum ImportGuard {
    static let zipSignature: [UInt8] = [0x50, 0x4B, 0x03, 0x04]

    static func check(_ data: Data, isDocx: Bool) throws {
        let bytes = [UInt8](data)
        if isDocx, !bytes.starts(with: zipSignature) {
            throw message(bytes.isEmpty ? "the file is empty" : "not a Word .docx file (it is not a ZIP archive)")
        }
        if bytes.starts(with: zipSignature) { return }  // the .docx reader judges those
        if isBlank(bytes) { throw message("the file is empty") }
        if hasUTF16BOM(bytes) {
            if bytes.count % 2 != 0 { throw message("the file is cut off in the middle of a character") }
            return
        }
        if looksBinary(bytes) { throw message("the file holds binary data, not text") }
        if String(validating: bytes, as: UTF8.self) != nil { return }  // whole, valid UTF-8
        if isTruncated(bytes) { throw message("the file is cut off in the middle of a character") }
    }

    /// A ZIP archive must have been read as a .docx: anything else made of its bytes is garbage.
    static func checkReading(_ data: Data, as encoding: TextEncoding) throws {
        if encoding != .docx, data.starts(with: zipSignature) {
            throw message("a ZIP archive that is not a readable Word .docx file")
        }
    }

    private static func message(_ text: String) -> BiganError { BiganError(file: "", text) }

    static func isBlank(_ bytes: [UInt8]) -> Bool {
        var rest = bytes[...]
        if rest.starts(with: [0xEF, 0xBB, 0xBF]) { rest = rest.dropFirst(3) }
        return rest.allSatisfy { [0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C].contains($0) }
    }

    static func hasUTF16BOM(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
    }

    /// Control bytes (NUL and the C0 range except tab, line and page breaks, escape) are rare in text
    /// in every encoding bigan reads, and about one byte in ten of random data. UTF-16 without a
    /// BOM has its NUL bytes on one parity, and is left to the reader.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        var control = 0, nul = 0
        for byte in bytes where byte < 0x20 || byte == 0x7F {
            switch byte {
            case 0x00: nul += 1; control += 1
            case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1A, 0x1B: continue
            default: control += 1
            }
        }
        if looksLikeUTF16(bytes, nulCount: nul) { return false }
        return control * 200 > bytes.count || (nul > 0 && control * 1000 > bytes.count)
    }

    /// At least one byte in a hundred is NUL, nearly all on the same parity.
    static func looksLikeUTF16(_ bytes: [UInt8], nulCount: Int? = nil) -> Bool {
        let nul = nulCount ?? bytes.reduce(0) { $0 + ($1 == 0 ? 1 : 0) }
        guard nul > 0, nul * 100 >= bytes.count else { return false }
        var even = 0
        for index in stride(from: 0, to: bytes.count, by: 2) where bytes[index] == 0 { even += 1 }
        return max(even, nul - even) * 10 >= nul * 9
    }

    /// Text whose last character lacks its final bytes: UTF-8, GB18030, or UTF-16 of odd length.
    static func isTruncated(_ bytes: [UInt8]) -> Bool {
        isTruncatedUTF8(bytes) || isTruncatedGB18030(bytes) || (bytes.count % 2 != 0 && looksLikeUTF16(bytes))
    }

    /// UTF-8 text whose last character lacks its final bytes.
    static func isTruncatedUTF8(_ bytes: [UInt8]) -> Bool {
        var lead = bytes.count - 1
        while lead >= 0, lead >= bytes.count - 4, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
        guard lead >= 0, bytes[lead] >= 0xC0 else { return false }
        let expected = bytes[lead] >= 0xF0 ? 4 : bytes[lead] >= 0xE0 ? 3 : 2
        guard bytes.count - lead < expected else { return false }
        return String(validating: bytes[..<lead], as: UTF8.self) != nil
    }

    /// UTF-8 with at most a stray bad byte per hundred characters: not GB18030.
    static func isMostlyUTF8(_ bytes: [UInt8]) -> Bool {
        var characters = 0, replaced = 0
        for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
            characters += 1
            if scalar == "\u{FFFD}" { replaced += 1 }
        }
        return replaced * 100 <= characters
    }

    /// GB18030 text (not UTF-8) that ends inside a two- or four-byte character.
    static func isTruncatedGB18030(_ bytes: [UInt8]) -> Bool {
        guard let last = bytes.last, last >= 0x30, !isMostlyUTF8(bytes) else { return false }
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 { index += 1; continue }
            guard (0x81...0xFE).contains(byte) else { return false }
            guard index + 1 < bytes.count else { return true }
            let second = bytes[index + 1]
            if (0x40...0xFE).contains(second), second != 0x7F {
                index += 2
            } else if (0x30...0x39).contains(second) {
                guard index + 3 < bytes.count else { return true }
                index += 4
            } else {
                return false
            }
        }
        return false
    }
}
