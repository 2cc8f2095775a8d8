/// Structural GB18030 validation: one byte 00–7F, two bytes 81–FE + 40–7E/80–FE, or four bytes
/// 81–FE + 30–39 + 81–FE + 30–39. Bytes 80 and FF never occur.
enum GB18030Check {
    static func check(_ bytes: UnsafeRawBufferPointer) -> ByteCheck {
        let count = bytes.count
        var index = 0
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            guard (0x81...0xFE).contains(lead) else { return .invalid(at: index) }
            guard index + 1 < count else { return .truncated(at: index) }
            let second = bytes[index + 1]
            switch second {
            case 0x40...0x7E, 0x80...0xFE:
                index += 2
            case 0x30...0x39:
                if let problem = checkFourByteTail(bytes, at: index) { return problem }
                index += 4
            default:
                return .invalid(at: index + 1)
            }
        }
        return .valid
    }

    private static func checkFourByteTail(_ bytes: UnsafeRawBufferPointer, at index: Int) -> ByteCheck? {
        let count = bytes.count
        guard index + 2 < count else { return .truncated(at: index) }
        guard (0x81...0xFE).contains(bytes[index + 2]) else { return .invalid(at: index + 2) }
        guard index + 3 < count else { return .truncated(at: index) }
        guard (0x30...0x39).contains(bytes[index + 3]) else { return .invalid(at: index + 3) }
        return nil
    }
}
