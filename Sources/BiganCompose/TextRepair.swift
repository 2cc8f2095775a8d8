import BiganText
import Foundation

/// Repairs what survives from web copies and makes a paragraph stand on its own in a new draft.
public enum TextRepair {
    /// `&;` pairs as “ ”, HTML entities decoded, ASCII punctuation beside Chinese made full-width,
    /// leading dashes and surrounding white space trimmed.
    public static func repair(_ text: String) -> String {
        let decoded = text.contains("&") ? decodeEntities(text) : text
        let trimmed = decoded.trimmingCharacters(
            in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: "\u{3000}")))
        return fullWidthPunctuation(String(trimmed.drop { "—-–－ ".contains($0) }))
    }

    static func decodeEntities(_ text: String) -> String {
        var out = ""
        var opening = true
        var rest = Substring(text)
        while !rest.isEmpty {
            if rest.hasPrefix("&;") || rest.hasPrefix("&quot;") {
                out += opening ? "“" : "”"
                opening.toggle()
                rest = rest.dropFirst(rest.hasPrefix("&;") ? 2 : 6)
            } else if let (entity, value) = entities.first(where: { rest.hasPrefix($0.0) }) {
                out += value
                rest = rest.dropFirst(entity.count)
            } else {
                out.append(rest.removeFirst())
            }
        }
        return out
    }

    static let fullWidth: [Character: Character] = [
        ",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）",
    ]

    /// 会议,全面总结 → 会议，全面总结: ASCII punctuation next to a Han character becomes full-width.
    static func fullWidthPunctuation(_ text: String) -> String {
        guard text.contains(where: { fullWidth[$0] != nil }) else { return text }
        let characters = Array(text)
        var out = ""
        for (index, character) in characters.enumerated() {
            let before = index > 0 ? characters[index - 1] : nil
            let after = index + 1 < characters.count ? characters[index + 1] : nil
            if let wide = fullWidth[character], before?.isHan == true || after?.isHan == true {
                out.append(wide)
            } else {
                out.append(character)
            }
        }
        return out
    }

    static let entities = [
        ("&ldquo;", "“"), ("&rdquo;", "”"), ("&nbsp;", ""), ("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"),
    ]

    /// Leading enumerators that only made sense in the source's order (三是, 第二，, （一）, 首先，).
    static let chineseNumerals: Set<Character> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
    static let punctuationAfterMarker: Set<Character> = ["，", "、", ",", "：", ":", ".", "．"]
    static let orderWords = ["首先，", "其次，", "再次，", "最后，", "第一，", "第二，", "第三，", "第四，", "第五，"]

    /// A report's headline sentence said the way a speaker says it: 加快科技体制改革。… → 要加快科技体制改革。…
    public static func speakHeadline(_ text: String, verbs: [String]) -> String {
        guard let end = text.firstIndex(of: "。"), text.distance(from: text.startIndex, to: end) <= 14,
            !text[..<end].contains("，"), verbs.contains(where: text.hasPrefix),
            !statementWords.contains(where: text[..<end].contains)
        else { return text }
        return "要" + text
    }

    /// Words that make a short opening sentence a statement (全面从严治党永远在路上。), not a headline.
    static let statementWords = ["是", "永远", "没有", "只有", "在路上", "不能", "必须"]

    /// `text` without an enumerator at its start: 三是把… → 把…, 二要… → 要…, （一）… → ….
    public static func stripLeadingMarker(_ text: String) -> String {
        if let word = orderWords.first(where: text.hasPrefix) { return String(text.dropFirst(word.count)) }
        let characters = Array(text)
        var index = 0
        if characters.first == "第" { index = 1 }
        let bracketed = characters.first == "（" || characters.first == "("
        if bracketed { index = 1 }
        let numeralStart = index
        while index < characters.count,
            chineseNumerals.contains(characters[index]) || characters[index].asciiDigit != nil
        {
            index += 1
        }
        guard index > numeralStart, index < characters.count else { return text }
        let next = characters[index]
        if bracketed {
            return next == "）" || next == ")" ? String(characters[(index + 1)...]) : text
        }
        if next == "是" {
            let after =
                index + 1 < characters.count && punctuationAfterMarker.contains(characters[index + 1])
                ? index + 2 : index + 1
            return String(characters[after...])
        }
        if next == "要", characters[0] != "第" { return String(characters[index...]) }
        if punctuationAfterMarker.contains(next), index - numeralStart <= 2 {
            return String(characters[(index + 1)...])
        }
        return text
    }
}
