import Foundation

/// A 128-bit non-cryptographic hash (two seeded XXH64 runs): file fingerprints and the
/// normalised-text key that deduplicates snippets.
enum ContentHash {
    static func digest(_ data: Data) -> Data {
        data.withUnsafeBytes { digest($0) }
    }

    static func digest(_ bytes: [UInt8]) -> Data {
        bytes.withUnsafeBytes { digest($0) }
    }

    static func digest(_ buffer: UnsafeRawBufferPointer) -> Data {
        var first = XXH64.hash(buffer, seed: 0).littleEndian
        var second = XXH64.hash(buffer, seed: 0x9E37_79B9_7F4A_7C15).littleEndian
        var out = Data(bytes: &first, count: 8)
        out.append(Data(bytes: &second, count: 8))
        return out
    }
}

/// XXH64 by Yann Collet (BSD-2), a straight port of the reference algorithm.
enum XXH64 {
    static let prime1: UInt64 = 11_400_714_785_074_694_791
    static let prime2: UInt64 = 14_029_467_366_897_019_727
    static let prime3: UInt64 = 1_609_587_929_392_839_161
    static let prime4: UInt64 = 9_650_029_242_287_828_579
    static let prime5: UInt64 = 2_870_177_450_012_600_261

    @inline(__always) static func rotl(_ x: UInt64, _ r: UInt64) -> UInt64 { (x << r) | (x >> (64 - r)) }

    @inline(__always) static func round(_ acc: UInt64, _ input: UInt64) -> UInt64 {
        rotl(acc &+ input &* prime2, 31) &* prime1
    }

    @inline(__always) static func merge(_ acc: UInt64, _ value: UInt64) -> UInt64 {
        (acc ^ round(0, value)) &* prime1 &+ prime4
    }

    static func hash(_ buffer: UnsafeRawBufferPointer, seed: UInt64) -> UInt64 {
        let count = buffer.count
        var offset = 0
        var h: UInt64
        func word64(_ at: Int) -> UInt64 {
            UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: at, as: UInt64.self))
        }
        if count >= 32 {
            var v1 = seed &+ prime1 &+ prime2, v2 = seed &+ prime2, v3 = seed, v4 = seed &- prime1
            while offset + 32 <= count {
                v1 = round(v1, word64(offset))
                v2 = round(v2, word64(offset + 8))
                v3 = round(v3, word64(offset + 16))
                v4 = round(v4, word64(offset + 24))
                offset += 32
            }
            h = rotl(v1, 1) &+ rotl(v2, 7) &+ rotl(v3, 12) &+ rotl(v4, 18)
            h = merge(merge(merge(merge(h, v1), v2), v3), v4)
        } else {
            h = seed &+ prime5
        }
        h &+= UInt64(count)
        while offset + 8 <= count {
            h = rotl(h ^ round(0, word64(offset)), 27) &* prime1 &+ prime4
            offset += 8
        }
        if offset + 4 <= count {
            let word = UInt64(UInt32(littleEndian: buffer.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
            h = rotl(h ^ (word &* prime1), 23) &* prime2 &+ prime3
            offset += 4
        }
        while offset < count {
            h = rotl(h ^ (UInt64(buffer[offset]) &* prime5), 11) &* prime1
            offset += 1
        }
        h ^= h >> 33
        h &*= prime2
        h ^= h >> 29
        h &*= prime3
        h ^= h >> 32
        return h
    }
}
