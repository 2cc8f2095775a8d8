/// The headings enclosing the current block while a speech is walked in order.
struct HeadingStack {
    struct Entry {
        var level: Int
        var sectionId: Int64
        var text: String
    }

    private(set) var entries: [Entry] = []

    /// Enters a heading: it closes every open heading at its level or deeper.
    mutating func push(level: Int, sectionId: Int64, text: String) {
        while let last = entries.last, last.level >= level { entries.removeLast() }
        entries.append(Entry(level: level, sectionId: sectionId, text: text))
    }

    /// Texts of the enclosing headings, outermost first.
    var path: [String] { entries.map(\.text) }
    var innermostSectionId: Int64? { entries.last?.sectionId }
}

extension SnippetKind {
    /// The kind a paragraph takes from the part of the speech it is in.
    static let byPart: [SpeechPart: SnippetKind] = [
        .opening: .opening, .transition: .transition, .body: .paragraph, .closing: .closing,
    ]
}
