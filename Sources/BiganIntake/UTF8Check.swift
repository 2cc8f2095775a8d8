/// Strict UTF-8 validation (Unicode Table 3-7): rejects overlong forms, surrogates, values above
/// U+10FFFF and stray continuation bytes, and tells a cut-off last sequence from real damage.
enum UTF8Check {
    struct Result: Equatable {
        var check: ByteCheck
        /// Complete multi-byte sequences seen before the first problem: many of them mean the
        /// file really is UTF-8 with damage, not text in another encoding.
        var multibyteSequences: Int
    }

    static func check(_ bytes: UnsafeRawBufferPointer) -> Result {
        let count = bytes.count
        var index = 0
        var sequences = 0
        while index < count {
            index = skipASCII(bytes, from: index)
            guard index < count else { break }
            let lead = bytes[index]
            guard let (length, secondRange) = shape(of: lead) else {
                return Result(check: .invalid(at: index), multibyteSequences: sequences)
            }
            for offset in 1..<length {
                guard index + offset < count else {
                    return Result(check: .truncated(at: index), multibyteSequences: sequences)
                }
                let byte = bytes[index + offset]
                let allowed = offset == 1 ? secondRange : 0x80...0xBF
                guard allowed.contains(byte) else {
                    return Result(check: .invalid(at: index + offset), multibyteSequences: sequences)
                }
            }
            index += length
            sequences += 1
        }
        return Result(check: .valid, multibyteSequences: sequences)
    }

    /// Sequence length and the allowed range of the second byte for a lead byte.
    private static func shape(of lead: UInt8) -> (Int, ClosedRange<UInt8>)? {
        switch lead {
        case 0xC2...0xDF: return (2, 0x80...0xBF)
        case 0xE0: return (3, 0xA0...0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: return (3, 0x80...0xBF)
        case 0xED: return (3, 0x80...0x9F)
        case 0xF0: return (4, 0x90...0xBF)
        case 0xF1...0xF3: return (4, 0x80...0xBF)
        case 0xF4: return (4, 0x80...0x8F)
        default: return nil
        }
    }

    /// Skips ASCII eight bytes at a time: most text is mostly ASCII or long runs of it.
    private static func skipASCII(_ bytes: UnsafeRawBufferPointer, from start: Int) -> Int {
        var index = start
        let count = bytes.count
        while index + 8 <= count {
            let word = bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            if word & 0x8080_8080_8080_8080 != 0 { break }
            index += 8
        }
        while index < count, bytes[index] < 0x80 { index += 1 }
        return index
    }
}
