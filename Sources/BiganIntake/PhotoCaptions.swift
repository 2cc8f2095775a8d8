import BiganText
import Foundation

/// Photo captions news pages leave in the text, which end with the photographer's credit
/// (…。 新华社记者 刘彬/摄, 本报全媒体记者 林 君摄). A short line that ends with a credit is a
/// caption whole. Inside a longer line (a text saved as one line) the caption is cut out from the
/// dated sentence that opens it (2020年2月10日，…), at most three sentences before the credit, and
/// a paragraph break takes its place.
enum PhotoCaptions {
    /// A line this short that ends with a credit is a caption from its first character.
    static let captionLineLength = 200
    /// How far before a credit its caption may start, in sentences and in characters.
    static let sentencesBack = 3
    static let charactersBack = 300
    static let needle = Array("摄".utf8)

    /// 新华社记者 刘彬/摄, 记者 李森 摄, 本报全媒体记者 林 君摄, （新华社记者鞠鹏摄）: a space or a slash
    /// sets the name apart, or brackets hold the credit, so 记者采访时拍摄 is no credit.
    static let credit = try! NSRegularExpression(
        pattern:
            #"[（(][\p{Han}]{0,14}(记者|通讯员|摄影)[\p{Han}·\s]{1,8}摄[）)]|[\p{Han}]{0,14}(记者|通讯员|摄影师|摄影)(\s+[\p{Han}·]{1,4}(\s[\p{Han}]{1,3})?\s*[/／]?\s*|[\p{Han}·]{1,4}(\s[\p{Han}]{1,3})?(\s*[/／]\s*|\s+))摄"#
    )
    static let dated = try! NSRegularExpression(pattern: #"^(\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日"#)

    /// `text` without its captions, or nil when it has none.
    static func removing(from text: String) -> String? {
        guard UTF8Search.contains(text, needle) else { return nil }
        let whole = NSRange(text.startIndex..., in: text)
        let matches = credit.matches(in: text, range: whole)
        guard !matches.isEmpty else { return nil }
        if matches.count == 1, let range = Range(matches[0].range, in: text),
            isLineCaption(text, creditEnd: range.upperBound)
        {
            return ""
        }
        var result = ""
        var kept = text.startIndex
        for match in matches {
            guard let range = Range(match.range, in: text), range.lowerBound >= kept else { continue }
            let start = captionStart(in: text, before: range.lowerBound, notBefore: kept)
            result += text[kept..<start]
            if start > text.startIndex, range.upperBound < text.endIndex, text[text.index(before: start)] != "\u{3000}",
                text[range.upperBound] != "\u{3000}"
            {
                result += "\u{3000}\u{3000}"
            }
            kept = range.upperBound
        }
        result += text[kept...]
        return result
    }

    /// A short line whose credit ends it (closing brackets and spaces aside).
    static func isLineCaption(_ text: String, creditEnd: String.Index) -> Bool {
        text.hasAtMostCharacters(captionLineLength)
            && text[creditEnd...].allSatisfy { $0.isWhitespace || $0 == "）" || $0 == ")" }
    }

    /// Where the caption ending at `creditStart` begins: the farthest dated sentence start within
    /// reach, else the end of the sentence before the credit.
    static func captionStart(in text: String, before creditStart: String.Index, notBefore floor: String.Index)
        -> String.Index
    {
        var index = creditStart
        var sentenceEnds = 0
        var characters = 0
        var start = creditStart
        var lastEnd: String.Index?
        while index > floor, characters < charactersBack {
            let previous = text.index(before: index)
            let character = text[previous]
            if character == "\u{3000}" {
                // A caption between separators is a piece of its own.
                start = index
                break
            }
            if SentenceEnds.final.contains(character) {
                if lastEnd == nil { lastEnd = index }
                if isDated(text[index...]) { start = index }
                sentenceEnds += 1
                if sentenceEnds > sentencesBack { break }
            }
            index = previous
            characters += 1
        }
        if index == floor, isDated(text[floor...]) { start = floor }
        return start < creditStart ? start : (lastEnd ?? creditStart)
    }

    static func isDated(_ text: Substring) -> Bool {
        let head = String(text.drop { $0.isWhitespace }.prefix(16))
        return dated.firstMatch(in: head, range: NSRange(head.startIndex..., in: head)) != nil
    }
}
