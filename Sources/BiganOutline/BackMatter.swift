import BiganText
import Foundation

/// What follows a speech and is not its outline: an appendix or glossary (附件, 名词注释, then
/// 1.“某某”：…), note blocks (字库未存字注释, ［1］…, ①… after the text), and numbered lists that
/// restart after the closing. Their paragraphs stay paragraphs, never headings.
struct BackMatter: Sendable {
    /// Titles that open back matter, as whole short lines.
    static let titles = try! NSRegularExpression(
        pattern:
            #"^(附件|附录|附表|附注|注释|注解|注|名词解释|名词注释|参考文献)\s*[0-9一二三四五六七八九十]*\s*[：:]?$|^.{0,24}(名词解释|名词注释|注释|未存字注释)\s*[：:]?$"#
    )
    /// A note or glossary line: ［1］ [1] 注① ＠① ①… at a line start, or 1.“某某”：… / 12.某某行动：….
    static let noteLine = try! NSRegularExpression(
        pattern: #"^([［\[【〔]\s*\d{1,3}\s*[］\]】〕]|注\s*[①-⑳\d]|[＠@*＊※]\s*[①-⑳\d]|[①-⑳])"#)
    static let glossaryItem = try! NSRegularExpression(
        pattern: #"^[0-9０-９]{1,3}\s*[.．、]\s*[^，。；：:]{1,30}[：:]"#)
    /// Paragraphs a speech needs before an appendix title can end it.
    static let minimumBody = 5

    /// The index of the first paragraph of the back matter, or nil when the speech has none.
    func start(of paragraphs: [RawParagraph]) -> Int? {
        if let title = paragraphs.indices.dropFirst(Self.minimumBody).first(where: { isTitle(paragraphs[$0].text) }) {
            return title
        }
        if let afterClosing = afterClosing(paragraphs) { return afterClosing }
        return trailingNotes(paragraphs)
    }

    func isTitle(_ text: String) -> Bool {
        guard text.hasAtMost(30), let first = text.first, let last = text.last else { return false }
        return ("附注名参".contains(first) || "释：:".contains(last)) && Self.matches(Self.titles, text)
    }

    func isNote(_ text: String) -> Bool {
        guard let first = text.first, Self.noteStarts.contains(first) || first.asciiDigit != nil else { return false }
        return Self.matches(Self.noteLine, text) || Self.matches(Self.glossaryItem, text)
    }

    static let noteStarts: Set<Character> = Set("［[【〔注＠@*＊※").union(ChineseNumeral.circled.keys)

    /// A note, glossary item or top-level list restarting after the paragraph that closes the speech.
    func afterClosing(_ paragraphs: [RawParagraph]) -> Int? {
        guard let closing = paragraphs.lastIndex(where: { closesSpeech($0.text) }) else { return nil }
        let next = closing + 1
        guard next < paragraphs.count, next >= Self.minimumBody else { return nil }
        let text = paragraphs[next].text
        if isNote(text) { return next }
        if let marker = MarkerTable.marker(at: text[...]), marker.ordinal == 1, marker.kind.isStrong { return next }
        return nil
    }

    /// The run of note lines that ends the speech (endnotes ①…⑧ after the text).
    func trailingNotes(_ paragraphs: [RawParagraph]) -> Int? {
        var start = paragraphs.count
        while start > Self.minimumBody, isNote(paragraphs[start - 1].text) { start -= 1 }
        return start < paragraphs.count ? start : nil
    }

    /// The last words of a speech: 让我们…！, 谢谢大家, or the closing address 各位代表！….
    func closesSpeech(_ text: String) -> Bool {
        if text.hasPrefix("让我们"), let last = text.last, last == "！" || last == "!" { return true }
        if PartCues.opensClosing(text), UTF8Search.contains(text, Self.letUs) { return true }
        return PartCues.endsSpeech(text)
    }

    static let letUs = Array("让我们".utf8)

    static func matches(_ regex: NSRegularExpression, _ text: String) -> Bool {
        let head = String(text.prefix(60))
        return regex.firstMatch(in: head, range: NSRange(head.startIndex..., in: head)) != nil
    }
}
