import BiganIntake
import BiganLibrary

/// A speech file read for a check: its paragraphs in order, its lines as read (for what cleaning
/// would hide: `&;`, entities) and the lines cleaning took out as site boilerplate.
public struct CheckedSpeech: Sendable {
    /// The path as the user gave it.
    public var file: String
    /// Where the file is and what its bytes hash to: a library source with the same is the file itself.
    public var fingerprint: FileFingerprint
    public var paragraphs: [CheckedParagraph]
    /// The lines as read, before cleaning.
    public var rawLines: [SourceLine]
    /// Lines the cleaning takes out as site boilerplate (上传人, 第3页 共22页 …).
    public var boilerplate: [SourceLine]

    public init(
        file: String, fingerprint: FileFingerprint, paragraphs: [CheckedParagraph], rawLines: [SourceLine],
        boilerplate: [SourceLine]
    ) {
        self.file = file
        self.fingerprint = fingerprint
        self.paragraphs = paragraphs
        self.rawLines = rawLines
        self.boilerplate = boilerplate
    }
}
