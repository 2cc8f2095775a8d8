/// What a library snippet is (see CLI.md).
public enum SnippetKind: String, Codable, Sendable, CaseIterable {
    case paragraph, opening, transition, closing
    /// A run of parallel headings such as 四种精神 with its items.
    case set

    /// The kind's name in the writer's words.
    public var displayName: String {
        switch self {
        case .paragraph: return "正文段落"
        case .opening: return "开头"
        case .transition: return "过渡"
        case .closing: return "结尾"
        case .set: return "排比标题组"
        }
    }
}
