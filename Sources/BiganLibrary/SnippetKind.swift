/// What a library snippet is (see CLI.md).
public enum SnippetKind: String, Codable, Sendable, CaseIterable {
    case paragraph, opening, transition, closing
    /// A run of parallel headings such as 四种精神 with its items.
    case set
}
