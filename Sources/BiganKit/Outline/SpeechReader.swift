/// Reads a file into its outline: intake, cleaning, then outline recovery.
public struct SpeechReader: Sendable {
    public init() {}

    /// The parsed structure of the file at `path`.
    public func read(path: String) throws -> ParsedDocument {
        let source = try SourceReader().read(path: path)
        let cleaned = PageCleaner().clean(source.lines)
        let (speeches, diagnostics) = OutlineParser().parse(cleaned)
        return ParsedDocument(file: path, encoding: source.encoding, speeches: speeches, diagnostics: diagnostics)
    }
}
