import BiganText

/// Replaces a person named with a title (杨秘书长, 史殿臣厅长, 张三同志) by a marked placeholder
/// the writer must fill ({姓名}秘书长), keeping national leaders and held-up models as written.
public struct PersonRewriter: Sendable {
    let surnames: Set<Character>
    let compoundSurnames: [[Character]]
    /// The characters a surname, single or compound, can start with: most characters of a text
    /// start no name, and one lookup rules them out.
    let surnameStarts: Set<Character>
    /// Titles, longest first.
    let titles: [[Character]]
    let keepNames: [String]
    let notAfter: Set<Character>
    let notInGivenName: Set<Character>
    let notAfterTitle: Set<Character>
    /// Whether a run of characters is a place name (平凉市长 is a place and a title, not a person).
    let isPlace: @Sendable (String) -> Bool

    public static let placeholder = "{姓名}"

    public init(rules: RewriteRules.People, isPlace: @escaping @Sendable (String) -> Bool = { _ in false }) {
        surnames = Set(rules.surnames.filter { !$0.isWhitespace })
        compoundSurnames = rules.compoundSurnames.map(Array.init)
        surnameStarts = surnames.union(compoundSurnames.compactMap(\.first))
        titles = rules.titles.map(Array.init).sorted { $0.count > $1.count }
        keepNames = rules.keepNames
        notAfter = Set(rules.notAfter)
        notInGivenName = Set(rules.notInGivenName)
        notAfterTitle = Set(rules.notAfterTitle)
        self.isPlace = isPlace
    }

    /// `text` with every titled name replaced by {姓名} and its title.
    public func rewrite(_ text: String) -> String {
        let characters = Array(text)
        var out = ""
        var index = 0
        while index < characters.count {
            if let (nameEnd, titleEnd) = person(in: characters, at: index) {
                out += Self.placeholder + String(characters[nameEnd..<titleEnd])
                index = titleEnd
            } else {
                out.append(characters[index])
                index += 1
            }
        }
        return out
    }

    /// The end of the name and of the title of a person starting at `index`, if one does.
    func person(in characters: [Character], at index: Int) -> (Int, Int)? {
        guard surnameStarts.contains(characters[index]) else { return nil }
        if index > 0, notAfter.contains(characters[index - 1]) { return nil }
        guard let surnameEnd = surnameEnd(in: characters, at: index) else { return nil }
        for givenLength in 0...2 {
            let nameEnd = surnameEnd + givenLength
            guard nameEnd < characters.count else { return nil }
            if givenLength > 0 {
                let given = characters[nameEnd - 1]
                guard given.isHan, !notInGivenName.contains(given) else { return nil }
            }
            guard let titleEnd = titleEnd(in: characters, at: nameEnd) else { continue }
            let title = String(characters[nameEnd..<titleEnd])
            if title == "同志" && givenLength == 0 { return nil }  // 李同志 is rare; 关同志 is usually 有关同志
            let name = String(characters[index..<nameEnd])
            if keepNames.contains(where: { name.hasPrefix($0) || $0.hasPrefix(name + title) || $0 == name }) {
                return nil
            }
            if isPlace(name) { return nil }
            return (nameEnd, titleEnd)
        }
        return nil
    }

    func surnameEnd(in characters: [Character], at index: Int) -> Int? {
        if let compound = compoundSurnames.first(where: { PhraseMatcher.matches($0, characters, at: index) }) {
            return index + compound.count
        }
        return surnames.contains(characters[index]) ? index + 1 : nil
    }

    func titleEnd(in characters: [Character], at index: Int) -> Int? {
        for title in titles where index + title.count <= characters.count {
            guard PhraseMatcher.matches(title, characters, at: index) else { continue }
            let end = index + title.count
            if title.last == "长", end < characters.count, notAfterTitle.contains(characters[end]) { return nil }
            return end
        }
        return nil
    }
}
