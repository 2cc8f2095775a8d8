import Foundation

/// The scorer's text normalisation (score.py `norm`): NFKC, no white space, one form for quotes,
/// the full stop, brackets and dashes. The tests compare texts the way the scorer does.
enum ScorerText {
    static let punctuation: [Character: String] = [
        "\u{201C}": "\"", "\u{201D}": "\"", "\u{201E}": "\"", "\u{201F}": "\"", "\u{301D}": "\"", "\u{301E}": "\"",
        "\u{301F}": "\"", "\u{2018}": "'", "\u{2019}": "'", "\u{201A}": "'", "\u{201B}": "'", "\u{3002}": ".",
        "\u{FF61}": ".", "\u{3010}": "[", "\u{3011}": "]", "\u{3014}": "[", "\u{3015}": "]", "\u{3016}": "[",
        "\u{3017}": "]", "\u{300A}": "<", "\u{300B}": ">", "\u{3008}": "<", "\u{3009}": ">", "\u{300C}": "\"",
        "\u{300D}": "\"", "\u{300E}": "\"", "\u{300F}": "\"", "\u{2014}": "-", "\u{2015}": "-", "\u{2500}": "-",
        "\u{2013}": "-", "\u{2012}": "-", "\u{2010}": "-", "\u{2011}": "-", "\u{2212}": "-", "\u{30FC}": "-",
    ]
    static let invisible: Set<Character> = ["\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}", "\u{00AD}"]

    static func normalized(_ text: String) -> String {
        var out = ""
        for character in text.precomposedStringWithCompatibilityMapping
        where !character.isWhitespace && !invisible.contains(character) {
            let mapped = punctuation[character] ?? String(character)
            if mapped == "-", out.hasSuffix("-") { continue }
            out += mapped
        }
        return out
    }
}
