import BiganOutline

/// The headings enclosing the current block while a speech is walked in order, each with what
/// the walk keeps of it (the writer its section id, the preparing threads its text).
package struct HeadingStack<Value> {
    package private(set) var entries: [(level: Int, value: Value)] = []

    /// Enters a heading: it closes every open heading at its level or deeper.
    package mutating func push(level: Int, _ value: Value) {
        while let last = entries.last, last.level >= level { entries.removeLast() }
        entries.append((level, value))
    }

    /// The values of the enclosing headings, outermost first.
    package var values: [Value] { entries.map(\.value) }
    package var innermost: Value? { entries.last?.value }

    package init() {}
}

extension SnippetKind {
    /// The kind a paragraph takes from the part of the speech it is in.
    package static let byPart: [SpeechPart: SnippetKind] = [
        .opening: .opening, .transition: .transition, .body: .paragraph, .closing: .closing,
    ]
}
