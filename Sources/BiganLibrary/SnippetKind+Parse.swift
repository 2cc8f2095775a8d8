import BiganText

extension SnippetKind {
    /// The kind named on a command line (its English or Chinese name); throws a `BiganError` with
    /// the closest kinds otherwise.
    public static func named(_ name: String) throws -> SnippetKind {
        let wanted = name.trimmingCharacters(in: .whitespaces)
        if let kind = allCases.first(where: { $0.rawValue == wanted.lowercased() || $0.displayName == wanted }) {
            return kind
        }
        let names = allCases.map { "\($0.rawValue)（\($0.displayName)）" }.joined(separator: "、")
        let hint = NameSuggestion(candidates: allCases.map { ($0.rawValue, [$0.displayName]) })
            .hint(for: wanted, otherwise: "可用的有：\(names)")
        throw BiganError(file: "", "没有“\(name)”这种片段；\(hint)")
    }
}
