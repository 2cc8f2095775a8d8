import BiganText
import Foundation

/// Makes 我代表… speak for the draft's speaker: 我代表市政府向… becomes 我代表局党组向… for a 局长.
public struct VoiceRewriter: Sendable {
    let verbs: [String]
    let speaksFor: String

    /// Words that end the body spoken for.
    static let stops = ["向", "对", "，", ",", "热烈", "衷心", "真诚", "诚挚", "欢迎", "感谢", "祝贺", "表示", "致以", "！", "。", "并"]

    public init(verbs: [String], speaksFor: String) {
        self.verbs = verbs
        self.speaksFor = speaksFor
    }

    public func rewrite(_ text: String) -> String {
        var out = text
        for verb in verbs where out.contains(verb) {
            out = out.components(separatedBy: verb).enumerated().map { offset, piece in
                offset == 0 ? piece : verb + replacingBody(in: piece)
            }.joined()
        }
        return out
    }

    /// `piece` (the text after 我代表) with the body spoken for replaced, when a stop word ends it soon.
    func replacingBody(in piece: String) -> String {
        let characters = Array(piece)
        for length in 1...min(20, characters.count) {
            let rest = String(characters[length...])
            guard Self.stops.contains(where: rest.hasPrefix) else { continue }
            let body = characters[..<length]
            guard body.allSatisfy({ $0.isHan || $0 == "、" }) else { return piece }
            return speaksFor + rest
        }
        return piece
    }
}
