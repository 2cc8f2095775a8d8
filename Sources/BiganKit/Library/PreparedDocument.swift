import Foundation

/// A parsed file with its fingerprint and the dedup keys of its paragraphs, made ready for the
/// write transaction (on another thread during a batch import).
struct PreparedDocument: Sendable {
    var document: ParsedDocument
    var fingerprint: FileFingerprint
    /// For each speech, the dedup key of each paragraph block (nil for other blocks).
    var keys: [[Data?]]
    var hasParagraph: Bool

    init(_ document: ParsedDocument, fingerprint: FileFingerprint) {
        self.document = document
        self.fingerprint = fingerprint
        var hasParagraph = false
        keys = document.speeches.map { speech in
            speech.blocks.map { block in
                guard block.type == .paragraph, !block.text.allSatisfy(\.isWhitespace) else { return nil }
                hasParagraph = true
                return DedupKey.hash(block.text)
            }
        }
        self.hasParagraph = hasParagraph
    }
}
