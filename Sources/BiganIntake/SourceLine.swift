/// One line of a source text, with its 1-based line number in the file as read.
///
/// `text` keeps leading indentation (ASCII spaces, tabs, U+3000): the outline parser reads
/// paragraph starts from it. Trailing white space is removed.
public struct SourceLine: Sendable, Equatable, Hashable {
    public var number: Int
    public var text: String

    public init(number: Int, text: String) {
        self.number = number
        self.text = text
    }
}
