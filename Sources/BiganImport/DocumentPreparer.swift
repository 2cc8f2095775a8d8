import BiganLibrary
import BiganOutline
import BiganText
import BiganThemes
import Foundation

/// Works out everything a store keeps of a parsed file besides its outline: each block's dedup
/// key, length, heading path and index tokens, and, with an annotator, the themes of every
/// paragraph, the named parallel sets as `set` snippets and each speech's occasion.
struct DocumentPreparer: Sendable {
    /// Nil prepares files untagged (tests of storage alone).
    let annotator: ThemeAnnotator?

    func prepare(_ document: ParsedDocument, fingerprint: FileFingerprint) -> PreparedDocument {
        let blocks = document.speeches.map(Self.prepare)
        let annotations = annotator.map { annotator in
            zip(document.speeches, blocks).map { Self.annotate($0, $1, with: annotator) }
        }
        return PreparedDocument(document: document, fingerprint: fingerprint, blocks: blocks, annotations: annotations)
    }

    /// Each block's stored values; the heading path is encoded once per heading, not per paragraph.
    static func prepare(_ speech: Speech) -> [PreparedBlock?] {
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
                    key: nil, searchTokens: SearchAnalyzer.indexTokens(block.text),
                    characterCount: block.text.characterCount, headingPath: path)
            case .paragraph:
                guard PreparedDocument.isStoredParagraph(block) else { return nil }
                return PreparedBlock(
                    key: DedupKey.hash(block.text), searchTokens: SearchAnalyzer.indexTokens(block.text),
                    characterCount: block.text.characterCount, headingPath: path)
            }
        }
    }

    static func annotate(_ speech: Speech, _ prepared: [PreparedBlock?], with annotator: ThemeAnnotator)
        -> PreparedDocument.SpeechAnnotations
    {
        let level = annotator.paragraphs.level(of: speech)
        let themes = zip(speech.blocks, prepared).map { block, prepared -> [ThemeRow]? in
            guard let prepared, prepared.key != nil else { return nil }
            return annotator.themes(text: block.text, headingPath: prepared.headingPath.texts).map(ThemeRow.init)
        }
        let paragraphs = zip(speech.blocks, prepared).map { block, prepared -> AnnotationRow? in
            guard let prepared, prepared.key != nil else { return nil }
            return AnnotationRow(annotator.paragraphs.annotate(block.text, speechLevel: level))
        }
        let extras = annotator.namedSets(in: speech).map { set in
            // The heading path stops above the heading that holds the label, as the tagger reads a set.
            ExtraSnippet(
                kind: .set, text: set.text, label: set.label, items: set.items,
                headingPath: Array(set.headingPath.dropLast()), line: set.line)
        }
        return PreparedDocument.SpeechAnnotations(
            themes: themes, paragraphs: paragraphs, extras: extras,
            extraThemes: extras.map { annotator.themes(text: $0.text, headingPath: $0.headingPath).map(ThemeRow.init) },
            extraAnnotations: extras.map { AnnotationRow(annotator.paragraphs.annotate($0.text, speechLevel: level)) },
            occasion: annotator.occasion(of: speech), level: level)
    }
}
