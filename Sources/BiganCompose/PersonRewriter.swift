import BiganThemes

/// Replaces a person named with a title (杨秘书长, 史殿臣厅长, 张三同志) by a marked placeholder
/// the writer must fill ({姓名}秘书长), keeping national leaders and held-up models as written.
public struct PersonRewriter: Sendable {
    let finder: PersonFinder

    public static let placeholder = "{姓名}"

    public init(finder: PersonFinder) {
        self.finder = finder
    }

    /// `text` with every titled name replaced by {姓名} and its title.
    public func rewrite(_ text: String) -> String {
        let characters = Array(text)
        var out = ""
        var cursor = 0
        for person in finder.people(in: characters) {
            out +=
                String(characters[cursor..<person.start]) + Self.placeholder
                + String(characters[person.nameEnd..<person.titleEnd])
            cursor = person.titleEnd
        }
        return out + String(characters[cursor...])
    }
}
