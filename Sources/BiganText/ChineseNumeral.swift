/// Reads and writes the numbers outline markers are written with: 一…九十九, 1…999, ①…⑳.
package enum ChineseNumeral {
    package static let digits: [Character: Int] = [
        "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]

    /// The value of a run of Chinese numerals such as 三, 十二, 二十, 二十一; nil when it is not one.
    package static func value(of text: Substring) -> Int? {
        guard !text.isEmpty, text.count <= 3 else { return nil }
        let chars = Array(text)
        if chars.count == 1 {
            if chars[0] == "十" { return 10 }
            return digits[chars[0]]
        }
        if chars.count == 2 {
            if chars[0] == "十", let unit = digits[chars[1]] { return 10 + unit }
            if chars[1] == "十", let tens = digits[chars[0]] { return tens * 10 }
            return nil
        }
        guard chars[1] == "十", let tens = digits[chars[0]], let unit = digits[chars[2]] else { return nil }
        return tens * 10 + unit
    }

    /// Whether `character` can be part of a Chinese numeral.
    package static func isNumeral(_ character: Character) -> Bool {
        character == "十" || digits[character] != nil
    }

    package static let circled: [Character: Int] = Dictionary(
        uniqueKeysWithValues: "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳".enumerated().map { ($0.element, $0.offset + 1) })

    static let written = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

    /// 1 → 一, 10 → 十, 12 → 十二, 20 → 二十.
    static func ordinal(_ value: Int) -> String {
        guard value > 0, value < 100 else { return String(value) }
        if value < 10 { return written[value] }
        let tens = value / 10
        return (tens == 1 ? "" : written[tens]) + "十" + written[value % 10]
    }

    /// A count before a measure word: 2 → 两, otherwise as `ordinal`.
    package static func count(_ value: Int) -> String {
        value == 2 ? "两" : ordinal(value)
    }

    /// The heading marker for `level` (1 → 一、, 2 → （一）, deeper → 1.).
    package static func marker(level: Int, index: Int) -> String {
        switch level {
        case 1: return ordinal(index) + "、"
        case 2: return "（\(ordinal(index))）"
        default: return "\(index)."
        }
    }
}
