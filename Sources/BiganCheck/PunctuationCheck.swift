import BiganIntake
import BiganText

/// Punctuation a finished speech must not carry: half-width marks in Chinese text (加强领导,压实责任),
/// leftovers of web copying (`&;`, `&nbsp;`, tags) and lines of site boilerplate (上传人, 第3页).
struct PunctuationCheck: SpeechCheck {
    let rules: CheckingRules.Punctuation
    private let halfWidth: [Character: String]

    init(rules: CheckingRules.Punctuation) {
        self.rules = rules
        halfWidth = Dictionary(
            rules.halfWidth.compactMap { key, value in key.count == 1 ? (key.first!, value) : nil },
            uniquingKeysWith: { first, _ in first })
    }

    func findings(in speech: CheckedSpeech) -> [Finding] {
        let web = speech.rawLines.compactMap(leftovers(in:))
        let boilerplate = speech.boilerplate.map { line in
            Finding(
                .punctuation, line: line.number, text: String(line.text.prefix(40)),
                why: "这一行像是从文库网站复制时带来的页面文字，不是讲话内容")
        }
        return speech.paragraphs.compactMap(halfWidthMarks(in:)) + web + boilerplate
    }

    /// One finding for the half-width marks of a paragraph, at the first of them.
    func halfWidthMarks(in paragraph: CheckedParagraph) -> Finding? {
        let characters = paragraph.characters
        let found = characters.indices.filter { index in
            guard halfWidth[characters[index]] != nil else { return false }
            let before = index > 0 && characters[index - 1].isHan
            let after = index + 1 < characters.count && characters[index + 1].isHan
            return characters[index] == "." ? before : before || after
        }
        guard let first = found.first else { return nil }
        let marks = Set(found.map { characters[$0] }).sorted()
        let advice = marks.map { "“\($0)”应为“\(halfWidth[$0]!)”" }.joined(separator: "，")
        let count = found.count > 1 ? "（本段共\(found.count)处）" : ""
        let range = max(0, first - 6)..<min(characters.count, first + 7)
        return paragraph.finding(.punctuation, range, why: "中文里夹用了半角标点\(count)：\(advice)")
    }

    /// One finding for the web leftovers of a line as read, if it has any.
    func leftovers(in line: SourceLine) -> Finding? {
        let found = rules.webLeftovers.filter { line.text.utf8Contains($0) }
        guard !found.isEmpty else { return nil }
        let shown = found.map { $0.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0xA0 } ? $0 : "不可见字符" }
        let characters = Array(line.text)
        let at =
            characters.indices.first { index in
                found.contains { PhraseMatcher.matches(Array($0), characters, at: index) }
            } ?? 0
        return Finding(
            .punctuation, line: line.number, text: String(characters[max(0, at - 8)..<min(characters.count, at + 12)]),
            why: "网页复制留下的“\(shown.joined(separator: "”“"))”，应换成正常的标点或删去")
    }
}
