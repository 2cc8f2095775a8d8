/// Counts the bytes that tell text from binary data, in one pass.
struct ByteStatistics: Sendable {
    var count = 0
    var nulAtEven = 0
    var nulAtOdd = 0
    /// C0 controls other than tab, line feed, carriage return, form feed and DOS end-of-file, plus DEL.
    var controls = 0

    init(_ bytes: UnsafeRawBufferPointer) {
        count = bytes.count
        for index in 0..<bytes.count {
            let byte = bytes[index]
            guard byte < 0x20 || byte == 0x7F else { continue }
            if byte == 0 {
                if index & 1 == 0 { nulAtEven += 1 } else { nulAtOdd += 1 }
            } else if !Self.allowedControls.contains(byte) {
                controls += 1
            }
        }
    }

    static let allowedControls: Set<UInt8> = [0x09, 0x0A, 0x0D, 0x0C, 0x1A]

    var hasNul: Bool { nulAtEven + nulAtOdd > 0 }

    /// More than one byte in a hundred is a control character: not a text file.
    var hasManyControls: Bool { controls > 0 && controls * 100 >= count }

    /// UTF-16 without a byte-order mark shows its ASCII as NUL bytes, nearly all on one side.
    /// Returns whether the NULs point at big-endian, little-endian, or neither.
    var utf16WithoutMark: TextEncoding? {
        let units = count / 2
        guard units > 0 else { return nil }
        if nulAtOdd * 10 >= units, nulAtEven * 20 <= nulAtOdd { return .utf16le }
        if nulAtEven * 10 >= units, nulAtOdd * 20 <= nulAtEven { return .utf16be }
        return nil
    }
}
