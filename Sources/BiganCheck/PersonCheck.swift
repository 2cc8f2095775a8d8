import BiganText
import BiganThemes
import Foundation

/// Things to confirm: people named with a title (张市长, 王书记), right in one speech and a leftover
/// in another, and a body spoken for (我代表局党组) that is not the speaker's.
struct PersonCheck: SpeechCheck {
    let people: PersonFinder
    let rules: CheckingRules.People
    /// The bodies the speaker speaks for; nil leaves 我代表… unchecked.
    let ownBodies: [String]?
    private let representing: PhraseMatcher

    init(people: PersonFinder, rules: CheckingRules.People, ownBodies: [String]?) {
        self.people = people
        self.rules = rules
        self.ownBodies = ownBodies
        representing = PhraseMatcher(rules.representing)
    }

    func findings(in speech: CheckedSpeech) -> [Finding] {
        speech.paragraphs.flatMap { paragraph in
            (titled(in: paragraph) + represented(in: paragraph)).sorted { $0.range.lowerBound < $1.range.lowerBound }
                .map(\.finding)
        }
    }

    func titled(in paragraph: CheckedParagraph) -> [(range: Range<Int>, finding: Finding)] {
        people.people(in: paragraph.characters).map { person in
            let range = person.start..<person.titleEnd
            return (
                range,
                paragraph.finding(
                    .person, range, why: "提到具体人物“\(paragraph.text(range))”：请确认是本次会议的人，不是范文里的")
            )
        }
    }

    /// A body still to fill ({代表机构}) is a gap, not someone else's.
    static let slotMarks: Set<Character> = ["{", "｛", "【"]

    func represented(in paragraph: CheckedParagraph) -> [(range: Range<Int>, finding: Finding)] {
        guard let ownBodies, !ownBodies.isEmpty else { return [] }
        let ends = Set(rules.representedEnds)
        let bodyEnds = Set(rules.bodyEnds)
        return representing.matches(in: paragraph.characters).compactMap { match -> (Range<Int>, Finding)? in
            let start = match.range.upperBound
            let clauseEnd =
                paragraph.characters[start...].firstIndex(where: ends.contains) ?? paragraph.characters.count
            // The body's name ends with its last body character (市政府 in 我代表市政府郑重承诺).
            let end =
                paragraph.characters[start..<clauseEnd].lastIndex(where: bodyEnds.contains).map { $0 + 1 } ?? clauseEnd
            let body = paragraph.text(start..<end)
            guard !body.isEmpty, end - start <= 24, !body.contains(where: Self.slotMarks.contains),
                !ownBodies.contains(where: shortForm(of: body).utf8Contains)
            else { return nil }
            let range = match.range.lowerBound..<end
            return (
                range,
                paragraph.finding(
                    .person, range, why: "以“\(body)”的名义讲话，与讲话人的单位（\(ownBodies.joined(separator: "、"))）不符，请确认")
            )
        }
    }

    /// The body's name with its long forms shortened as roles name them (市人民政府 → 市政府).
    func shortForm(of body: String) -> String {
        rules.longForms.reduce(body) { $0.replacingOccurrences(of: $1.key, with: $1.value) }
    }
}
