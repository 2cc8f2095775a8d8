import Foundation

/// Substring search on UTF-8 bytes (`memchr` for the first byte, then `memcmp`): Foundation's
/// `String.contains` goes through NSString and costs tens of microseconds a line on Linux.
enum UTF8Search {
    /// Whether `needle` occurs in the first `limit` bytes of `text`.
    static func contains(_ text: String, _ needle: [UInt8], within limit: Int = .max) -> Bool {
        var text = text
        return text.withUTF8 { bytes in contains(bytes, needle, within: limit) }
    }

    static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ needle: [UInt8], within limit: Int = .max) -> Bool {
        let count = min(bytes.count, limit)
        guard let first = needle.first else { return true }
        guard let base = bytes.baseAddress, count >= needle.count else { return false }
        return needle.withUnsafeBufferPointer { pattern in
            var start = 0
            while start + pattern.count <= count {
                guard let hit = memchr(base + start, Int32(first), count - pattern.count + 1 - start) else {
                    return false
                }
                if memcmp(hit, pattern.baseAddress!, pattern.count) == 0 { return true }
                start = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit)) + 1
            }
            return false
        }
    }

    /// How many times `needle` occurs in `text`, without overlaps.
    static func count(_ needle: [UInt8], in text: String) -> Int {
        guard let first = needle.first else { return 0 }
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return 0 }
            return needle.withUnsafeBufferPointer { pattern in
                var found = 0
                var start = 0
                while start + pattern.count <= bytes.count {
                    guard let hit = memchr(base + start, Int32(first), bytes.count - pattern.count + 1 - start) else {
                        break
                    }
                    let offset = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
                    if memcmp(hit, pattern.baseAddress!, pattern.count) == 0 {
                        found += 1
                        start = offset + pattern.count
                    } else {
                        start = offset + 1
                    }
                }
                return found
            }
        }
    }
}

extension StringProtocol {
    /// Whether `needle` occurs in the string, compared as UTF-8 bytes (no Foundation bridging).
    func utf8Contains(_ needle: String) -> Bool {
        var text = String(self)
        return text.withUTF8 { UTF8Search.contains($0, Array(needle.utf8)) }
    }
}
