/// The leading indentation of a line: ASCII spaces, tabs and ideographic spaces (U+3000). An
/// indented line starts a paragraph in typed Chinese text.
enum Indentation {
    static func prefix(of text: String) -> Substring {
        text.prefix { $0 == " " || $0 == "\t" || $0 == "\u{3000}" }
    }

    static func isIndented(_ text: String) -> Bool {
        !prefix(of: text).isEmpty
    }
}
