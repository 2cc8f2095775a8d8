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
            if bytes.count % 2 != 0 { throw message("the file is cut off: UTF-16 text with an odd number of bytes") }
            return
        }
        if looksBinary(bytes) { throw message("the file holds binary data, not text") }
        if isTruncatedUTF8(bytes) { throw message("the file is cut off in the middle of a character") }
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
        var control = 0, nulEven = 0, nulOdd = 0
        for (index, byte) in bytes.enumerated() where byte < 0x20 || byte == 0x7F {
            switch byte {
            case 0x00:
                if index % 2 == 0 { nulEven += 1 } else { nulOdd += 1 }
                control += 1
            case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1A, 0x1B: continue
            default: control += 1
            }
        }
        let nul = nulEven + nulOdd
        if nul * 100 >= bytes.count, max(nulEven, nulOdd) * 10 >= nul * 9 { return false }
        return control * 200 > bytes.count || (nul > 0 && control * 1000 > bytes.count)
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
}
