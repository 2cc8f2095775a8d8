import BiganText
import Foundation

/// Recognises set labels: a label heading (四种精神：) or a counted phrase inside a heading (“五个必须”).
enum ParallelSetLabel {
    static let numerals: [Character: Int] = [
        "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
    ]
    static let measures: Set<Character> = ["个", "种", "项", "大", "条", "点", "类", "件"]
    /// Counted phrases too vague to name a set of their own.
    static let vagueNouns: Set<String> = ["方面", "问题", "意见", "部分", "阶段", "批", "年", "月", "天"]
    static let colons: Set<Character> = [":", "："]
    static let quotes: Set<Character> = ["“", "”", "\"", "「", "」", "‘", "’", "《", "》"]

    /// The label of a heading written as a label line (`四种精神:`), without its colon.
    static func labelLine(_ text: String) -> String? {
        // Most lines are paragraphs: look at the last visible character before trimming anything.
        guard let end = text.reversed().first(where: { !$0.isWhitespace }), colons.contains(end) else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let last = trimmed.last, colons.contains(last) else { return nil }
        let label = String(trimmed.dropLast()).trimmingCharacters(in: .whitespaces).filter { !quotes.contains($0) }
        guard (2...16).contains(label.count), !label.contains(where: { "，,。；;".contains($0) }) else { return nil }
        return label
    }

    /// The counted phrase a heading names (四个结合 in 要处理好“四个结合”) and its count; a quoted one wins.
    static func countedPhrase(in text: String) -> (label: String, count: Int)? {
        let characters = Array(text)
        var fallback: (label: String, count: Int)?
        for start in characters.indices {
            guard let found = countedPhrase(characters, at: start) else { continue }
            if start > 0, quotes.contains(characters[start - 1]) { return found }
            fallback = fallback ?? found
        }
        return fallback
    }

    private static func countedPhrase(_ characters: [Character], at start: Int) -> (label: String, count: Int)? {
        guard let numeral = numeral(characters, at: start), numeral.value >= 2 else { return nil }
        if start > 0, numerals[characters[start - 1]] != nil || characters[start - 1] == "第" { return nil }
        let measure = start + numeral.width
        guard measure < characters.count, measures.contains(characters[measure]) else { return nil }
        var end = measure + 1
        while end < characters.count, end - measure <= 4, isNounCharacter(characters[end]) { end += 1 }
        let noun = String(characters[(measure + 1)..<end])
        guard !noun.isEmpty, !vagueNouns.contains(noun) else { return nil }
        return (String(characters[start..<end]), numeral.value)
    }

    private static func isNounCharacter(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else { return false }
        return Han.contains(scalar) && character != "的" && character != "和" && character != "与"
    }

    /// A Chinese numeral from one to ninety-nine starting at `index`, with how many characters it takes.
    static func numeral(_ characters: [Character], at index: Int) -> (value: Int, width: Int)? {
        guard let first = numerals[characters[index]] else { return nil }
        var value = first
        var width = 1
        if index + 1 < characters.count, let second = numerals[characters[index + 1]] {
            if second == 10 && first < 10 {
                value = first * 10
                width = 2
                if index + 2 < characters.count, let third = numerals[characters[index + 2]], third < 10 {
                    value += third
                    width = 3
                }
            } else if first == 10 && second < 10 {
                value = 10 + second
                width = 2
            }
        }
        return (value, width)
    }

    /// The Chinese numeral for 1…99 (一, 十, 十一, 二十三).
    static func chinese(_ value: Int) -> String {
        let digits = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        switch value {
        case 1...9: return digits[value]
        case 10...19: return "十" + digits[value - 10]
        default: return digits[value / 10] + "十" + digits[value % 10]
        }
    }
}
