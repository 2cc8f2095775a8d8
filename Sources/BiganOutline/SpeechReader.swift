import BiganIntake

/// Reads a file into its outline: intake, cleaning, then outline recovery.
public struct SpeechReader: Sendable {
    public init() {}

    /// The parsed structure of the file at `path`.
    public func read(path: String) throws -> ParsedDocument {
        try read(SourceFile.read(path: path))
    }

    /// The parsed structure of a file already read.
    public func read(_ file: SourceFile) throws -> ParsedDocument {
        let source = try SourceReader().read(file)
        let cleaned = PageCleaner().clean(source.lines)
        let (speeches, diagnostics) = OutlineParser().parse(cleaned)
        return ParsedDocument(file: file.path, encoding: source.encoding, speeches: speeches, diagnostics: diagnostics)
    }
}
