import Foundation

/// Folds text for indexing and comparison only: NFKC, full-width to half-width, lower case.
/// The library keeps every text as written; folded forms never reach the user.
enum TextFolding {
    /// The folded scalars of `text`.
    static func fold<S: StringProtocol>(_ text: S) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(text.utf8.count / 2)
        for scalar in text.unicodeScalars {
            guard append(scalar, to: &out, strict: true) else {
                return slowFold(String(text))
            }
        }
        return out
    }

    /// Foundation's NFKC for the rare text holding a scalar the fast path does not know.
    private static func slowFold(_ text: String) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        for scalar in text.precomposedStringWithCompatibilityMapping.lowercased().unicodeScalars {
            _ = append(scalar, to: &out, strict: false)
        }
        return out
    }

    /// Appends the folded form of one scalar; in strict mode returns false for a scalar
    /// whose NFKC form is not known to be itself.
    @inline(__always)
    private static func append(_ scalar: Unicode.Scalar, to out: inout [Unicode.Scalar], strict: Bool) -> Bool {
        let value = scalar.value
        switch value {
        case 0x41...0x5A:
            out.append(Unicode.Scalar(value + 0x20)!)
        case 0..<0x80, 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x3001...0x3003, 0x3005...0x3011, 0x3014...0x301F,
            0x2010, 0x2012...0x2015, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x00B7, 0x00D7, 0x00F7,
            0x25A0...0x25FF:
            out.append(scalar)
        case 0xFF21...0xFF3A:
            out.append(Unicode.Scalar(value - 0xFEE0 + 0x20)!)
        case 0xFF01...0xFF5E:
            out.append(Unicode.Scalar(value - 0xFEE0)!)
        case 0x3000, 0x00A0:
            out.append(" ")
        case 0x2026:
            out.append(contentsOf: ["." as Unicode.Scalar, ".", "."])
        default:
            if strict { return false }
            out.append(scalar)
        }
        return true
    }
}

/// How the search analyser sees one folded scalar.
enum ScalarClass: Equatable {
    /// Han, kana and hangul: indexed as overlapping bigrams.
    case han
    /// Latin letters, digits and other alphabets: indexed as words.
    case word
    /// Punctuation, spaces, symbols: separators.
    case separator

    @inline(__always)
    init(_ scalar: Unicode.Scalar) {
        let value = scalar.value
        switch value {
        case 0x30...0x39, 0x61...0x7A, 0x41...0x5A:
            self = .word
        case 0..<0x80:
            self = .separator
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF, 0x20000...0x2FA1F, 0x3040...0x30FA,
            0x30FC...0x30FF, 0xAC00...0xD7AF, 0x3005, 0x3007:
            self = .han
        default:
            let properties = scalar.properties
            self = properties.isAlphabetic || properties.numericType != nil ? .word : .separator
        }
    }
}
