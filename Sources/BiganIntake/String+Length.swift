extension String {
    /// Whether the text has at most `limit` characters, without counting a long text to its end.
    func hasAtMostCharacters(_ limit: Int) -> Bool {
        utf8.count <= limit || dropFirst(limit).isEmpty
    }
}
