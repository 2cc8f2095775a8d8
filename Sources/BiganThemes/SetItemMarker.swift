/// The counted markers of parallel items (第一， 一是 一要 （一） 一、) as data, for any count.
enum SetItemMarker {
    struct Family: Sendable {
        let prefix: String
        let suffix: String
        /// 第一 and 其一 are markers only when punctuation follows (第一，), not in 第一产业.
        let needsPunctuation: Bool

        func marker(_ ordinal: Int) -> String {
            prefix + ParallelSetLabel.chinese(ordinal) + suffix
        }
    }

    static let families: [Family] = [
        Family(prefix: "第", suffix: "", needsPunctuation: true),
        Family(prefix: "", suffix: "是", needsPunctuation: false),
        Family(prefix: "", suffix: "要", needsPunctuation: false),
        Family(prefix: "（", suffix: "）", needsPunctuation: false),
        Family(prefix: "(", suffix: ")", needsPunctuation: false),
        Family(prefix: "", suffix: "、", needsPunctuation: false),
        Family(prefix: "其", suffix: "", needsPunctuation: true),
    ]
    static let following: Set<Character> = ["、", "，", ",", "：", ":", "．", ".", " "]
    static let preceding: Set<Character> = ["；", ";", "，", ",", "。", "：", ":", "、", " ", "　", "\n", "！", "？"]

    /// The marker a heading starts with, with the punctuation after it (第一， 一是 （三）).
    static func leading(in text: String) -> String? {
        leadingOrdinal(in: text)?.marker
    }

    /// The marker a heading starts with, its family (index into `families`) and its number.
    static func leadingOrdinal(in text: String) -> (marker: String, family: Int, ordinal: Int)? {
        for (index, family) in families.enumerated() {
            for ordinal in (1...20).reversed() {
                let marker = family.marker(ordinal)
                guard text.hasPrefix(marker) else { continue }
                let rest = text.dropFirst(marker.count)
                if family.needsPunctuation {
                    guard let next = rest.first, following.contains(next) else { continue }
                    return (marker + String(next), index, ordinal)
                }
                return (marker, index, ordinal)
            }
        }
        return nil
    }

    /// True when the texts start with markers of one family numbered 1, 2, 3 … in order.
    static func isSequence(_ texts: [String]) -> Bool {
        let ordinals = texts.map { leadingOrdinal(in: $0) }
        guard let first = ordinals.first ?? nil else { return false }
        return ordinals.enumerated().allSatisfy { position, found in
            found?.family == first.family && found?.ordinal == position + 1
        }
    }

    /// Where `family`'s marker for `ordinal` next stands as a marker in `characters`, from `start`.
    static func find(_ family: Family, _ ordinal: Int, in characters: [Character], from start: Int) -> Int? {
        let marker = Array(family.marker(ordinal))
        var index = start
        while index + marker.count <= characters.count {
            defer { index += 1 }
            guard characters[index..<(index + marker.count)].elementsEqual(marker) else { continue }
            if index > 0, !preceding.contains(characters[index - 1]) { continue }
            if family.needsPunctuation {
                let after = index + marker.count
                guard after < characters.count, following.contains(characters[after]) else { continue }
            }
            return index
        }
        return nil
    }
}
