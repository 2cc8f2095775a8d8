import BiganText

/// Finds people named with a title (杨秘书长, 史殿臣厅长, 张三同志), leaving national leaders and
/// held-up models alone (see `PeopleRules`).
public struct PersonFinder: Sendable {
    let surnames: Set<Character>
    let compoundSurnames: [[Character]]
    /// The characters a surname, single or compound, can start with: most characters of a text
    /// start no name, and one lookup rules them out.
    let surnameStarts: Set<Character>
    let titles: PhraseMatcher
    /// The longest name before a title: a compound surname and a two-character given name.
    static let longestName = 4
    let keepNames: [String]
    let notAfter: Set<Character>
    let notInGivenName: Set<Character>
    let notAfterTitle: Set<Character>
    let prepositions: Set<Character>
    /// Whether a run of characters is a place name (平凉市长 is a place and a title, not a person).
    let isPlace: @Sendable (String) -> Bool

    public init(rules: PeopleRules, isPlace: @escaping @Sendable (String) -> Bool = { _ in false }) {
        surnames = Set(rules.surnames.filter { !$0.isWhitespace })
        compoundSurnames = rules.compoundSurnames.map(Array.init)
        surnameStarts = surnames.union(compoundSurnames.compactMap(\.first))
        titles = PhraseMatcher(rules.titles)
        keepNames = rules.keepNames
        notAfter = Set(rules.notAfter)
        notInGivenName = Set(rules.notInGivenName)
        notAfterTitle = Set(rules.notAfterTitle)
        prepositions = Set(rules.prepositions)
        self.isPlace = isPlace
    }

    /// A person found in a text: where the name starts and ends, and where the title ends.
    public struct Found: Sendable, Equatable {
        public var start: Int
        public var nameEnd: Int
        public var titleEnd: Int
    }

    /// Every titled person in `characters`, left to right.
    public func people(in characters: [Character]) -> [Found] {
        // A name stands just before a title: only the few places before a title are tried.
        var before = [Bool](repeating: false, count: characters.count)
        var anyTitle = false
        for index in characters.indices where titles.longestMatch(in: characters, at: index) != nil {
            anyTitle = true
            for start in max(0, index - Self.longestName)..<index { before[start] = true }
        }
        guard anyTitle else { return [] }
        var found: [Found] = []
        var index = 0
        while index < characters.count {
            if before[index], let person = person(in: characters, at: index) {
                found.append(person)
                index = person.titleEnd
            } else {
                index += 1
            }
        }
        return found
    }

    /// The person starting at `index`, if one does.
    public func person(in characters: [Character], at index: Int) -> Found? {
        guard surnameStarts.contains(characters[index]) else { return nil }
        if index > 0, notAfter.contains(characters[index - 1]) { return nil }
        guard let surnameEnd = surnameEnd(in: characters, at: index) else { return nil }
        // 向张副市长: the preposition before a surname is not a surname itself.
        if prepositions.contains(characters[index]), surnameEnd < characters.count,
            surnames.contains(characters[surnameEnd]), person(in: characters, at: index + 1) != nil
        {
            return nil
        }
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
            return Found(start: index, nameEnd: nameEnd, titleEnd: titleEnd)
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
        guard index < characters.count, let title = titles.longestMatch(in: characters, at: index) else { return nil }
        let end = index + title.count
        if title.last == "长", end < characters.count, notAfterTitle.contains(characters[end]) { return nil }
        return end
    }
}
