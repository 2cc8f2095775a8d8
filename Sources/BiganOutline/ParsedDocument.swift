import BiganIntake

/// A source file's recovered structure: the output of `bigan parse`.
public struct ParsedDocument: Codable, Sendable, Equatable {
    public var file: String
    public var encoding: TextEncoding
    public var speeches: [Speech]
    public var diagnostics: [Diagnostic]

    public init(file: String, encoding: TextEncoding, speeches: [Speech], diagnostics: [Diagnostic]) {
        self.file = file
        self.encoding = encoding
        self.speeches = speeches
        self.diagnostics = diagnostics
    }
}
