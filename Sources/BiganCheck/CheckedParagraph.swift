import BiganOutline

/// One paragraph of a speech as a check reads it: a line before the speech (title, byline), its
/// salutation, a heading or a paragraph, with the lines of the file it spans.
public struct CheckedParagraph: Sendable, Equatable {
    public enum Role: String, Sendable {
        /// A line before the speech's first block: its title, byline or date.
        case front
        case salutation, heading, paragraph
    }

    public var role: Role
    /// The text as the speech writes it (cleaned of site boilerplate, lines joined).
    public var text: String
    /// Which speech of the file it belongs to (a compilation holds several).
    public var speech: Int
    /// A heading's outline level and marker.
    public var level: Int?
    package var marker: Marker?
    /// Where each line of the file it spans starts, as character offsets into `text`.
    var lineStarts: [LineStart]
    /// `text` as characters, which the checks index.
    let characters: [Character]

    struct LineStart: Sendable, Equatable {
        var offset: Int
        var line: Int
    }

    init(role: Role, text: String, speech: Int, lineStarts: [LineStart], level: Int? = nil, marker: Marker? = nil) {
        self.role = role
        self.text = text
        self.speech = speech
        self.lineStarts = lineStarts
        self.level = level
        self.marker = marker
        characters = Array(text)
    }

    /// The line it starts on.
    public var line: Int { lineStarts[0].line }

    /// The line of the file where the character at `offset` stands.
    public func line(at offset: Int) -> Int {
        lineStarts.last { $0.offset <= offset }?.line ?? line
    }

    /// The text between two character offsets.
    func text(_ range: Range<Int>) -> String {
        String(characters[max(0, range.lowerBound)..<min(characters.count, range.upperBound)])
    }
}
