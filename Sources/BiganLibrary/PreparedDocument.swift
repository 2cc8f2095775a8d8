import BiganOutline
import BiganText
import BiganThemes
import Foundation

/// A parsed file with its fingerprint and everything a store keeps besides the outline (dedup
/// keys, lengths, heading paths, index tokens, themes, extra snippets and occasions), all worked
/// out before the store's write begins: during a batch import on the preparing threads, so the
/// writer only writes.
package struct PreparedDocument: Sendable {
    package var document: ParsedDocument
    package var fingerprint: FileFingerprint
    /// For each speech, what is stored of each block (nil for salutations and empty paragraphs).
    package var blocks: [[PreparedBlock?]]
    /// For each speech, what the Themes stage says of it; nil when the file was prepared untagged.
    package var annotations: [SpeechAnnotations]?

    /// What the Themes stage says of one speech.
    package struct SpeechAnnotations: Sendable {
        /// The themes of each paragraph block (nil for other blocks).
        package var themes: [[ThemeRow]?]
        /// The scope, function and facts of each paragraph block (nil for other blocks).
        package var paragraphs: [AnnotationRow?]
        package var extras: [ExtraSnippet]
        package var extraThemes: [[ThemeRow]]
        package var extraAnnotations: [AnnotationRow]
        package var occasion: String?
        /// The level the speech speaks at, when its words show one.
        package var level: Scope?

        package init(
            themes: [[ThemeRow]?], paragraphs: [AnnotationRow?], extras: [ExtraSnippet], extraThemes: [[ThemeRow]],
            extraAnnotations: [AnnotationRow], occasion: String?, level: Scope?
        ) {
            self.themes = themes
            self.paragraphs = paragraphs
            self.extras = extras
            self.extraThemes = extraThemes
            self.extraAnnotations = extraAnnotations
            self.occasion = occasion
            self.level = level
        }
    }

    package init(
        document: ParsedDocument, fingerprint: FileFingerprint, blocks: [[PreparedBlock?]],
        annotations: [SpeechAnnotations]?
    ) {
        self.document = document
        self.fingerprint = fingerprint
        self.blocks = blocks
        self.annotations = annotations
    }

    /// Whether any speech holds a paragraph to store: a file without one is refused.
    package var hasParagraph: Bool {
        blocks.contains { $0.contains { $0?.key != nil } }
    }

    /// Throws, naming the file, when no speech holds a paragraph to store: such a file is refused.
    package func requireParagraph() throws {
        guard hasParagraph else {
            throw BiganError(file: document.file, "没有找到段落（文件是空的或无法读取）")
        }
    }

    /// Whether a paragraph block is stored: one with text.
    package static func isStoredParagraph(_ block: Block) -> Bool {
        block.type == .paragraph && !block.text.allSatisfy(\.isWhitespace)
    }
}
