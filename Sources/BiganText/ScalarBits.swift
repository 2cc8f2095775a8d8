/// A set of Unicode scalars as one bit each over the Basic Multilingual Plane (8 KiB), and a plain
/// set beyond it: the cheapest test of whether a character can start a phrase.
package struct ScalarBits: Sendable {
    private var words = [UInt64](repeating: 0, count: 0x10000 / 64)
    private var beyond: Set<UInt32> = []

    package init<S: Sequence>(_ scalars: S) where S.Element == UInt32 {
        for scalar in scalars { insert(scalar) }
    }

    package mutating func insert(_ scalar: UInt32) {
        if scalar < 0x10000 {
            words[Int(scalar >> 6)] |= 1 << UInt64(scalar & 63)
        } else {
            beyond.insert(scalar)
        }
    }

    @inline(__always)
    package func contains(_ scalar: UInt32) -> Bool {
        scalar < 0x10000 ? words[Int(scalar >> 6)] & (1 << UInt64(scalar & 63)) != 0 : beyond.contains(scalar)
    }
}
