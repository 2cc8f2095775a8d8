/// SplitMix64: a tiny generator that gives the same sequence for the same seed on every platform.
///
/// `SystemRandomNumberGenerator` cannot be seeded and Swift's `Hasher` is randomised per process,
/// so drafts use this and `StableHash` to stay reproducible for a given `--seed`.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A generator for one decision of a draft, so that changing one part does not reshuffle the rest.
    public static func forDecision(seed: UInt64, _ key: String) -> SeededGenerator {
        SeededGenerator(seed: seed ^ StableHash.fnv1a(key))
    }

    /// A uniform double in [0, 1).
    public mutating func nextUnit() -> Double {
        Double(next() >> 11) / Double(1 << 53)
    }
}

/// FNV-1a over UTF-8: a hash that is the same in every process.
public enum StableHash {
    public static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }
}
