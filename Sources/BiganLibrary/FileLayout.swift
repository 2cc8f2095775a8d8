import BiganOutline
import BiganThemes
import Foundation

/// What a store writes of one prepared file, in the order it writes it: its speeches, their
/// headings (each with the heading that encloses it) and every occurrence of a snippet (its
/// paragraphs, then the extra snippets after each speech's paragraphs). Worked out alike for
/// every engine, so each writes the same rows.
package struct FileLayout: Sendable {
    package struct Speech: Sendable {
        package var title: String?
        package var occasion: String?
        /// The level the speech speaks at, when its words show one.
        package var level: Scope?
        /// The line where the speech starts.
        package var line: Int
    }

    package struct Section: Sendable {
        /// Index into `speeches`.
        package var speech: Int
        /// Index into `sections` of the enclosing heading.
        package var parent: Int?
        package var level: Int
        package var marker: String?
        package var text: String
        package var line: Int
        /// Position among the blocks of its speech.
        package var position: Int
        package var searchTokens: String
    }

    /// One place a snippet occurs, before it is stored.
    package struct Occurrence: Sendable {
        package var kind: SnippetKind
        package var text: String
        /// The dedup key.
        package var key: Data
        package var headingPath: PreparedBlock.HeadingPath
        /// Index into `speeches`.
        package var speech: Int
        /// Index into `sections` of the innermost heading, for paragraphs.
        package var section: Int?
        package var line: Int
        /// Position among the snippets of its speech; an extra snippet takes the position of the
        /// paragraph after it.
        package var position: Int
        package var label: String?
        package var items: [String]?
        package var characterCount: Int
        /// The full-text index tokens, when prepared ahead (paragraphs).
        package var searchTokens: String?
        /// The themes, when the file was tagged.
        package var themes: [ThemeRow]?
        /// Its scope, function and facts, when the file was annotated.
        package var annotation: AnnotationRow?
    }

    package var speeches: [Speech] = []
    package var sections: [Section] = []
    package var occurrences: [Occurrence] = []

    package init(_ prepared: PreparedDocument) {
        for (index, speech) in prepared.document.speeches.enumerated() {
            add(speech, index: index, prepared: prepared.blocks[index], annotations: prepared.annotations?[index])
        }
    }

    private mutating func add(
        _ speech: BiganOutline.Speech, index: Int, prepared: [PreparedBlock?],
        annotations: PreparedDocument.SpeechAnnotations?
    ) {
        speeches.append(
            Speech(
                title: speech.title, occasion: annotations?.occasion, level: annotations?.level,
                line: speech.blocks.first?.line ?? 1))
        var headings = HeadingStack<Int>()
        var snippetPosition = 0
        for (blockPosition, block) in speech.blocks.enumerated() {
            // Every heading and every paragraph with text is prepared; the others are not stored.
            guard block.type != .salutation, let stored = prepared[blockPosition] else { continue }
            if block.type == .heading {
                let level = block.level ?? 1
                sections.append(
                    Section(
                        speech: index, parent: headings.entries.last { $0.level < level }?.value, level: level,
                        marker: block.marker, text: block.text, line: block.line, position: blockPosition,
                        searchTokens: stored.searchTokens))
                headings.push(level: level, sections.count - 1)
            } else {
                occurrences.append(
                    Occurrence(
                        kind: SnippetKind.byPart[block.part] ?? .paragraph, text: block.text,
                        key: stored.key ?? DedupKey.hash(block.text), headingPath: stored.headingPath, speech: index,
                        section: headings.innermost, line: block.line, position: snippetPosition,
                        characterCount: stored.characterCount, searchTokens: stored.searchTokens,
                        themes: annotations?.themes[blockPosition], annotation: annotations?.paragraphs[blockPosition]))
                snippetPosition += 1
            }
        }
        addExtras(of: speech, index: index, annotations: annotations)
    }

    /// Extras go after the paragraph that precedes them, so `show` finds their neighbours.
    private mutating func addExtras(
        of speech: BiganOutline.Speech, index: Int, annotations: PreparedDocument.SpeechAnnotations?
    ) {
        let paragraphs = speech.blocks.filter { $0.type == .paragraph }
        for (extraIndex, extra) in (annotations?.extras ?? []).enumerated()
        where !extra.text.allSatisfy(\.isWhitespace) {
            occurrences.append(
                Occurrence(
                    kind: extra.kind, text: extra.text, key: DedupKey.hash(extra.text),
                    headingPath: .init(texts: extra.headingPath), speech: index, section: nil, line: extra.line,
                    position: paragraphs.filter { $0.line < extra.line }.count, label: extra.label, items: extra.items,
                    characterCount: extra.text.count, themes: annotations?.extraThemes[extraIndex],
                    annotation: annotations?.extraAnnotations[extraIndex]))
        }
    }
}
