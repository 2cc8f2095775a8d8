/// The byte-order marks a text file may start with.
enum ByteOrderMark: CaseIterable {
    case utf8, utf16le, utf16be, gb18030

    var bytes: [UInt8] {
        switch self {
        case .utf8: return [0xEF, 0xBB, 0xBF]
        case .utf16le: return [0xFF, 0xFE]
        case .utf16be: return [0xFE, 0xFF]
        case .gb18030: return [0x84, 0x31, 0x95, 0x33]
        }
    }

    var encoding: TextEncoding {
        switch self {
        case .utf8: return .utf8
        case .utf16le: return .utf16le
        case .utf16be: return .utf16be
        case .gb18030: return .gb18030
        }
    }

    /// The mark `bytes` start with, if any.
    static func detect(_ bytes: UnsafeRawBufferPointer) -> ByteOrderMark? {
        allCases.first { mark in
            mark.bytes.count <= bytes.count && mark.bytes.indices.allSatisfy { bytes[$0] == mark.bytes[$0] }
        }
    }
}
