import BiganText

extension SnippetKind {
    /// The kind named on a command line; throws a `BiganError` listing the kinds otherwise.
    public static func named(_ name: String) throws -> SnippetKind {
        guard let kind = SnippetKind(rawValue: name.lowercased()) else {
            let names = allCases.map(\.rawValue).joined(separator: ", ")
            throw BiganError(file: "", "unknown snippet kind “\(name)”; use one of \(names)")
        }
        return kind
    }
}
