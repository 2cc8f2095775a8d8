import Foundation

/// Substring search on UTF-8 bytes (`memchr` for the needle's last byte, then `memcmp`):
/// Foundation's `String.contains` goes through NSString and costs tens of microseconds a line on
/// Linux. The last byte, not the first: Chinese characters share a handful of lead bytes, so a
/// search for the first byte would stop every few bytes.
package enum UTF8Search {
    /// Whether `needle` occurs in the first `limit` bytes of `text`.
    package static func contains(_ text: String, _ needle: [UInt8], within limit: Int = .max) -> Bool {
        var text = text
        return text.withUTF8 { bytes in contains(bytes, needle, within: limit) }
    }

    package static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ needle: [UInt8], within limit: Int = .max)
        -> Bool
    {
        guard !needle.isEmpty else { return true }
        return firstMatch(of: needle, in: UnsafeBufferPointer(rebasing: bytes.prefix(limit)), from: 0) != nil
    }

    /// How many times `needle` occurs in `text`, without overlaps.
    package static func count(_ needle: [UInt8], in text: String) -> Int {
        guard !needle.isEmpty else { return 0 }
        var text = text
        return text.withUTF8 { bytes in
            var found = 0
            var start = 0
            while let hit = firstMatch(of: needle, in: bytes, from: start) {
                found += 1
                start = hit + needle.count
            }
            return found
        }
    }

    /// The offset of the first occurrence of `needle` (not empty) in `bytes` at or after `start`.
    private static func firstMatch(of needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        return needle.withUnsafeBufferPointer { pattern in
            let tail = pattern.count - 1
            var position = start + tail
            while position < bytes.count {
                guard let hit = memchr(base + position, Int32(pattern[tail]), bytes.count - position) else {
                    return nil
                }
                let end = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
                if memcmp(base + end - tail, pattern.baseAddress!, tail) == 0 { return end - tail }
                position = end + 1
            }
            return nil
        }
    }
}

extension StringProtocol {
    /// Whether `needle` occurs in the string, compared as UTF-8 bytes (no Foundation bridging).
    package func utf8Contains(_ needle: String) -> Bool {
        var text = String(self)
        return text.withUTF8 { UTF8Search.contains($0, Array(needle.utf8)) }
    }
}
