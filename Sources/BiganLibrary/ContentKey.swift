import Foundation

/// The order a library keeps where the texts alone must decide it: the first eight bytes of a
/// snippet's dedup key, as a signed integer that sorts like the bytes.
///
/// Row ids follow the order writers stored the snippets in, which differs whenever several write
/// at once; this key is the same in every library of the same texts, in either engine. It picks
/// the search window and breaks ranking ties, orders theme and kind listings and breaks the
/// composer's ties. Two texts whose keys share their first eight bytes (about one pair in 2⁶⁴)
/// cannot both be stored.
package enum ContentKey {
    package static func of(dedupKey: Data) -> Int64 {
        var value: UInt64 = 0
        for byte in dedupKey.prefix(8) { value = value << 8 | UInt64(byte) }
        // The flipped sign bit makes the signed order of both engines' 64-bit integers the bytes' order.
        return Int64(bitPattern: value ^ (1 << 63))
    }
}
