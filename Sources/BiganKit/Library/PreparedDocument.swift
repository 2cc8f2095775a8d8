import Foundation

/// A parsed file with its fingerprint, the dedup keys of its paragraphs and, when an annotator is
/// given, its themes, extra snippets and occasions, all made ready for the write transaction (on
/// another thread during a batch import, so the writer only writes).
struct PreparedDocument: Sendable {
    var document: ParsedDocument
    var fingerprint: FileFingerprint
    /// For each speech, the dedup key of each paragraph block (nil for other blocks).
    var keys: [[Data?]]
    var hasParagraph: Bool
    /// For each speech, what the annotator says of it; nil when prepared without an annotator.
    var annotations: [SpeechAnnotations]?

    /// What an annotator says of one speech, computed ahead of the transaction.
    struct SpeechAnnotations: Sendable {
        /// The themes of each paragraph block (nil for other blocks).
        var themes: [[ThemeTag]?]
        var extras: [ExtraSnippet]
        var extraThemes: [[ThemeTag]]
        var occasion: String?
    }

    init(_ document: ParsedDocument, fingerprint: FileFingerprint, annotator: (any SnippetAnnotator)? = nil) {
        self.document = document
        self.fingerprint = fingerprint
        var hasParagraph = false
        keys = document.speeches.map { speech in
            speech.blocks.map { block in
                guard Self.isStoredParagraph(block) else { return nil }
                hasParagraph = true
                return DedupKey.hash(block.text)
            }
        }
        self.hasParagraph = hasParagraph
        annotations = annotator.map { annotator in document.speeches.map { Self.annotate($0, with: annotator) } }
    }

    static func isStoredParagraph(_ block: Block) -> Bool {
        block.type == .paragraph && !block.text.allSatisfy(\.isWhitespace)
    }

    private static func annotate(_ speech: Speech, with annotator: any SnippetAnnotator) -> SpeechAnnotations {
        var headings: [(level: Int, text: String)] = []
        var themes: [[ThemeTag]?] = []
        for block in speech.blocks {
            if block.type == .heading {
                let level = block.level ?? 1
                while let last = headings.last, last.level >= level { headings.removeLast() }
                headings.append((level, block.text))
            }
            themes.append(
                isStoredParagraph(block) ? annotator.themes(text: block.text, headingPath: headings.map(\.text)) : nil)
        }
        let extras = annotator.extraSnippets(in: speech)
        return SpeechAnnotations(
            themes: themes, extras: extras,
            extraThemes: extras.map { annotator.themes(text: $0.text, headingPath: $0.headingPath) },
            occasion: annotator.occasion(of: speech))
    }
}
