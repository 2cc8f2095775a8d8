/// What a Han character (a CJK ideograph) is: the one definition every stage uses.
public enum Han {
    /// The unified ideographs of the basic block and of extension A: the characters of nearly every
    /// Chinese text, and unchanged by NFKC.
    public static let basic: ClosedRange<UInt32> = 0x4E00...0x9FFF
    public static let extensionA: ClosedRange<UInt32> = 0x3400...0x4DBF
    /// The compatibility ideographs (NFKC maps them to unified ones) and the supplementary-plane extensions.
    public static let compatibility: ClosedRange<UInt32> = 0xF900...0xFAFF
    public static let supplementary: ClosedRange<UInt32> = 0x20000...0x2FA1F

    /// Whether `scalar` is a Han character.
    @inlinable @inline(__always)
    public static func contains(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return basic.contains(value) || extensionA.contains(value) || compatibility.contains(value)
            || supplementary.contains(value)
    }
}

extension Character {
    /// Whether this is a Han character (see `Han`).
    public var isHan: Bool {
        unicodeScalars.first.map(Han.contains) ?? false
    }

    /// 0–9 for an ASCII or full-width digit.
    public var asciiDigit: Int? {
        guard let scalar = unicodeScalars.first, unicodeScalars.count == 1 else { return nil }
        switch scalar.value {
        case 0x30...0x39: return Int(scalar.value - 0x30)
        case 0xFF10...0xFF19: return Int(scalar.value - 0xFF10)
        default: return nil
        }
    }
}
