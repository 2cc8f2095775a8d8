import BiganText
import Foundation

/// Folds text for indexing and comparison only: NFKC, full-width to half-width, lower case.
/// The library keeps every text as written; folded forms never reach the user.
///
/// Chinese text is almost all Han characters, ASCII and a few CJK marks, whose NFKC forms are
/// known; only text holding anything else goes through Foundation's NFKC.
///
/// It lives with the search analyser and the dedup key, its only users: folding runs for every
/// character of every imported paragraph, and only within one module does it inline.
package enum TextFolding {
    /// The folded scalars of `text`.
    package static func fold<S: StringProtocol>(_ text: S) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(text.utf8.count / 2)
        forEachFolded(text) { out.append($0) }
        return out
    }

    /// Calls `body` with each folded scalar of `text`, without building an array.
    @inline(__always)
    package static func forEachFolded<S: StringProtocol>(_ text: S, _ body: (Unicode.Scalar) -> Void) {
        guard text.unicodeScalars.allSatisfy({ hasKnownFold($0.value) }) else {
            for scalar in text.precomposedStringWithCompatibilityMapping.lowercased().unicodeScalars {
                foldScalar(scalar, body)
            }
            return
        }
        for scalar in text.unicodeScalars { foldScalar(scalar, body) }
    }

    /// True when the scalar's NFKC and lower-case forms are the ones `fold(_:_:)` gives.
    @inline(__always)
    static func hasKnownFold(_ value: UInt32) -> Bool {
        switch value {
        case 0..<0x80, 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x3000...0x3003, 0x3005...0x3011, 0x3014...0x301F,
            0x2010, 0x2012...0x2015, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2026, 0x00A0, 0x00B7, 0x00D7,
            0x00F7, 0x25A0...0x25FF, 0xFF01...0xFF5E:
            return true
        default:
            return false
        }
    }

    /// The folded form of one scalar that is already NFKC, or has a known fold.
    @inline(__always)
    private static func foldScalar(_ scalar: Unicode.Scalar, _ body: (Unicode.Scalar) -> Void) {
        let value = scalar.value
        switch value {
        case 0x41...0x5A, 0xFF21...0xFF3A:
            body(Unicode.Scalar((value >= 0xFF00 ? value - 0xFEE0 : value) + 0x20)!)
        case 0xFF01...0xFF5E:
            body(Unicode.Scalar(value - 0xFEE0)!)
        case 0x3000, 0x00A0:
            body(" ")
        case 0x2026:
            body("."); body("."); body(".")
        default:
            body(scalar)
        }
    }
}

/// How the search analyser sees one folded scalar.
package enum ScalarClass: Equatable {
    /// Han, kana and hangul: indexed as overlapping bigrams.
    case han
    /// Latin letters, digits and other alphabets: indexed as words.
    case word
    /// Punctuation, spaces, symbols: separators.
    case separator

    @inline(__always)
    package init(_ scalar: Unicode.Scalar) {
        let value = scalar.value
        switch value {
        case 0x30...0x39, 0x61...0x7A, 0x41...0x5A:
            self = .word
        case 0..<0x80:
            self = .separator
        case 0x3040...0x30FA, 0x30FC...0x30FF, 0xAC00...0xD7AF, 0x3005, 0x3007:
            self = .han  // kana, hangul, 々 and 〇 are indexed like Han characters
        case _ where Han.contains(scalar):
            self = .han
        default:
            let properties = scalar.properties
            self = properties.isAlphabetic || properties.numericType != nil ? .word : .separator
        }
    }
}
