/// Chinese numerals for outline markers (一、 （二）) and counts (三点意见).
enum ChineseNumeral {
    static let digits = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

    /// 1 → 一, 10 → 十, 12 → 十二, 20 → 二十.
    static func ordinal(_ value: Int) -> String {
        guard value > 0, value < 100 else { return String(value) }
        if value < 10 { return digits[value] }
        let tens = value / 10
        return (tens == 1 ? "" : digits[tens]) + "十" + digits[value % 10]
    }

    /// A count before a measure word: 2 → 两, otherwise as `ordinal`.
    static func count(_ value: Int) -> String {
        value == 2 ? "两" : ordinal(value)
    }

    /// The heading marker for `level` (1 → 一、, 2 → （一）, deeper → 1.).
    static func marker(level: Int, index: Int) -> String {
        switch level {
        case 1: return ordinal(index) + "、"
        case 2: return "（\(ordinal(index))）"
        default: return "\(index)."
        }
    }
}
