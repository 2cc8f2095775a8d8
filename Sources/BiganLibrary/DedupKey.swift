import BiganText
import Foundation

/// The key that makes reposted paragraphs one snippet: a hash of the folded text without
/// white space, with quotation marks and full stops of either width unified.
package enum DedupKey {
    /// Punctuation written differently by different sites, mapped to one form.
    static let unified: [UInt32: Unicode.Scalar] = [
        0x201C: "\"", 0x201D: "\"", 0x300C: "\"", 0x300D: "\"", 0x2018: "'", 0x2019: "'", 0x300E: "'",
        0x300F: "'", 0x3002: ".",
    ]

    @_specialize(exported:true,where S == String)
    @_specialize(exported:true,where S == Substring)
    package static func hash<S: StringProtocol>(_ text: S) -> Data {
        var bytes = TokenBuffer()
        TextFolding.forEachFolded(text) { scalar in
            switch scalar.value {
            case 0x20, 0x09...0x0D, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000,
                0xFEFF:
                return  // white space
            case 0x2018, 0x2019, 0x201C, 0x201D, 0x3002, 0x300C...0x300F:
                bytes.append(unified[scalar.value] ?? scalar)
            default:
                bytes.append(scalar)
            }
        }
        return ContentHash.digest(bytes.bytes)
    }
}
