/// A file read and decoded into lines, before cleaning and outline recovery.
public struct SourceDocument: Sendable, Equatable {
    /// The path as the user gave it.
    public var path: String
    public var encoding: TextEncoding
    public var lines: [SourceLine]

    public init(path: String, encoding: TextEncoding, lines: [SourceLine]) {
        self.path = path
        self.encoding = encoding
        self.lines = lines
    }
}
