import BiganText
import Foundation

/// Splits what is glued to the start of a text saved as one line into pieces of its own: the title
/// (ending at a dated bracket or a ※ note mark), the date, the speaker, and a salutation glued to
/// the first sentence. 在…上的讲话（2020年2月3日）习近平, …的讲话（2020年11月21日，北京）中华人民共和国主席
/// 习近平尊敬的…，各位同事：首先，…, 全面提高…体系※习近平…, 女士们，先生们，同志们：今天，….
struct FrontMatterSplitter: Sendable {
    /// The title with its dated bracket: no sentence or clause mark before the bracket.
    static let datedTitle = try! NSRegularExpression(
        pattern: #"^[^。！？，；：:!?]{4,120}?(?=[（(]\s*\d{4}\s*年\s*\d{1,2}\s*月[^（）()]{0,24}[）)])"#)
    static let dateBracket = try! NSRegularExpression(
        pattern: #"^[（(]\s*\d{4}\s*年\s*\d{1,2}\s*月[^（）()]{0,24}[）)]"#)
    /// A title followed by the ※ that points to the note after the text.
    static let notedTitle = try! NSRegularExpression(pattern: #"^[^。！？，；：:!?※]{4,100}(?=※)"#)
    /// A speaker line is at most this many characters.
    static let speakerLength = 24
    static let window = 200

    func split(_ piece: Substring) -> [Substring] {
        var parts: [Substring] = []
        var rest = piece
        if let title = match(Self.datedTitle, rest) {
            parts.append(rest[..<title])
            rest = rest[title...]
            if let date = match(Self.dateBracket, rest) {
                parts.append(rest[..<date])
                rest = rest[date...]
            }
            rest = splitSpeaker(rest, into: &parts)
        } else if let title = match(Self.notedTitle, rest) {
            parts.append(rest[..<title])
            rest = rest[title...].dropFirst().drop(while: \.isWhitespace)
        }
        if let colon = salutationEnd(rest) {
            parts.append(rest[..<colon])
            rest = rest[colon...].drop(while: \.isWhitespace)
        }
        if !rest.isEmpty { parts.append(rest) }
        return parts.filter { !$0.allSatisfy(\.isWhitespace) }
    }

    /// Takes a speaker line off the start of `rest` when a salutation or the end of the piece
    /// follows it within a speaker line's length (习近平, 中华人民共和国主席 习近平).
    func splitSpeaker(_ rest: Substring, into parts: inout [Substring]) -> Substring {
        let head = rest.prefix(Self.speakerLength + 1)
        if !head.contains(where: { TextShape.clauseMarks.contains($0) || TextShape.sentenceEnds.contains($0) }),
            rest.hasAtMost(Self.speakerLength)
        {
            parts.append(rest)
            return rest[rest.endIndex...]
        }
        for opener in PartCues.salutationOpeners + PartCues.salutationWords {
            guard let range = head.range(of: opener), range.lowerBound > rest.startIndex else { continue }
            let speaker = rest[..<range.lowerBound]
            guard
                !speaker.contains(where: { TextShape.clauseMarks.contains($0) || TextShape.sentenceEnds.contains($0) }),
                salutationEnd(rest[range.lowerBound...]) != nil
            else { continue }
            parts.append(speaker)
            return rest[range.lowerBound...]
        }
        return rest
    }

    /// The end of a salutation that opens `text` (just past its colon), when one does.
    func salutationEnd(_ text: Substring) -> Substring.Index? {
        let head = text.prefix(Self.window / 4)
        guard let colon = head.firstIndex(where: { $0 == "：" || $0 == ":" }) else { return nil }
        let end = text.index(after: colon)
        return PartCues.isSalutation(String(text[..<end])) ? end : nil
    }

    func match(_ regex: NSRegularExpression, _ text: Substring) -> Substring.Index? {
        let head = String(text.prefix(Self.window))
        guard let found = regex.firstMatch(in: head, range: NSRange(head.startIndex..., in: head)),
            let range = Range(found.range, in: head)
        else { return nil }
        return text.index(text.startIndex, offsetBy: head.distance(from: head.startIndex, to: range.upperBound))
    }
}
