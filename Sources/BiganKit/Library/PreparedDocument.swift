import Foundation

/// A parsed file with its fingerprint and everything the writer stores besides the outline (dedup
/// keys, lengths, heading paths, index tokens and, when an annotator is given, themes, extra
/// snippets and occasions), all made ready for the write transaction: during a batch import this
/// runs on the preparing threads, so the writer only writes.
struct PreparedDocument: Sendable {
    var document: ParsedDocument
    var fingerprint: FileFingerprint
    /// For each speech, what is stored of each block (nil for salutations and empty paragraphs).
    var blocks: [[PreparedBlock?]]
    var hasParagraph: Bool
    /// For each speech, what the annotator says of it; nil when prepared without an annotator.
    var annotations: [SpeechAnnotations]?

    /// What an annotator says of one speech, computed ahead of the transaction.
    struct SpeechAnnotations: Sendable {
        /// The themes of each paragraph block (nil for other blocks).
        var themes: [[ThemeRow]?]
        var extras: [ExtraSnippet]
        var extraThemes: [[ThemeRow]]
        var occasion: String?
    }

    init(_ document: ParsedDocument, fingerprint: FileFingerprint, annotator: (any SnippetAnnotator)? = nil) {
        self.document = document
        self.fingerprint = fingerprint
        var hasParagraph = false
        var blocks: [[PreparedBlock?]] = []
        var annotations: [SpeechAnnotations] = []
        for speech in document.speeches {
            let prepared = Self.prepare(speech)
            hasParagraph = hasParagraph || prepared.contains { $0?.key != nil }
            if let annotator { annotations.append(Self.annotate(speech, prepared, with: annotator)) }
            blocks.append(prepared)
        }
        self.blocks = blocks
        self.hasParagraph = hasParagraph
        self.annotations = annotator == nil ? nil : annotations
    }

    static func isStoredParagraph(_ block: Block) -> Bool {
        block.type == .paragraph && !block.text.allSatisfy(\.isWhitespace)
    }

    /// Each block's stored values; the heading path is encoded once per heading, not per paragraph.
    private static func prepare(_ speech: Speech) -> [PreparedBlock?] {
        var headings = HeadingStack<String>()
        var path = PreparedBlock.HeadingPath(texts: [])
        return speech.blocks.map { block in
            switch block.type {
            case .salutation:
                return nil
            case .heading:
                headings.push(level: block.level ?? 1, block.text)
                path = PreparedBlock.HeadingPath(texts: headings.values)
                return PreparedBlock(
                    key: nil, searchTokens: SearchAnalyzer.indexTokens(block.text), characterCount: block.text.characterCount,
                    headingPath: path)
            case .paragraph:
                guard isStoredParagraph(block) else { return nil }
                return PreparedBlock(
                    key: DedupKey.hash(block.text), searchTokens: SearchAnalyzer.indexTokens(block.text),
                    characterCount: block.text.characterCount, headingPath: path)
            }
        }
    }

    private static func annotate(_ speech: Speech, _ prepared: [PreparedBlock?], with annotator: any SnippetAnnotator)
        -> SpeechAnnotations
    {
        let themes = zip(speech.blocks, prepared).map { block, prepared -> [ThemeRow]? in
            guard let prepared, prepared.key != nil else { return nil }
            return annotator.themes(text: block.text, headingPath: prepared.headingPath.texts).map(ThemeRow.init)
        }
        let extras = annotator.extraSnippets(in: speech)
        return SpeechAnnotations(
            themes: themes, extras: extras,
            extraThemes: extras.map { annotator.themes(text: $0.text, headingPath: $0.headingPath).map(ThemeRow.init) },
            occasion: annotator.occasion(of: speech))
    }
}
