import BiganText
import BiganThemes

/// Replaces what a library paragraph says that is true only of its own source (figures, named
/// institutions and projects, campaigns) by marked gaps the writer fills: 完成投资7000亿元 →
/// 完成投资【待补：金额】. A place inside such a name goes with it (平凉宾馆 → 【待补：单位名称】,
/// never 天水宾馆); places standing alone and people are left to the place and person rewriters.
struct FactSlots: Sendable {
    let finder: FactFinder
    let hints: [String: String]
    /// Figure hints by unit, longest unit first.
    let figureHints: [(unit: String, hint: String)]

    static let open = "【待补："
    static let close = "】"

    init(finder: FactFinder, rules: ComposingRules) {
        self.finder = finder
        hints = rules.factHints
        figureHints = rules.figureHints.map { ($0.key, $0.value) }.sorted {
            ($0.unit.count, $0.unit) > ($1.unit.count, $1.unit)
        }
    }

    /// The text with its facts replaced, and how many gaps it made.
    struct Result: Sendable, Equatable {
        var text: String
        var slots: [String]
    }

    func replace(in text: String) -> Result {
        let characters = Array(text)
        var out = ""
        var slots: [String] = []
        var cursor = 0
        for located in finder.facts(in: characters) where located.range.lowerBound >= cursor {
            guard let hint = hint(for: located.fact) else { continue }
            let slot = Self.open + hint + Self.close
            out += String(characters[cursor..<located.range.lowerBound]) + slot
            slots.append(slot)
            cursor = located.range.upperBound
        }
        return Result(text: out + String(characters[cursor...]), slots: slots)
    }

    /// The gap's hint for a fact, nil for facts other rewriters handle (places, people).
    func hint(for fact: Fact) -> String? {
        switch fact.kind {
        case .place, .person: return nil
        case .figure:
            return figureHints.first { fact.text.hasSuffix($0.unit) }?.hint ?? hints[fact.kind.rawValue] ?? "数据"
        case .institution, .project, .campaign: return hints[fact.kind.rawValue] ?? "具体名称"
        }
    }

    /// The share of `text`'s characters that are not inside marked gaps: a block drawn from the
    /// library keeps at least 70 % of its characters.
    static func ownShare(of text: String) -> Double {
        var total = 0
        var inside = 0
        var depth = false
        var rest = Substring(text)
        while !rest.isEmpty {
            if rest.hasPrefix(open) {
                depth = true
                inside += open.count
                total += open.count
                rest = rest.dropFirst(open.count)
                continue
            }
            let character = rest.removeFirst()
            total += 1
            if depth { inside += 1 }
            if character == "】" { depth = false }
        }
        return total == 0 ? 1 : Double(total - inside) / Double(total)
    }

    /// Every marked gap in `text`, in order.
    static func slots(in text: String) -> [String] {
        var found: [String] = []
        var rest = Substring(text)
        while let start = rest.range(of: open) {
            guard let end = rest[start.upperBound...].firstIndex(of: "】") else { break }
            found.append(String(rest[start.lowerBound...end]))
            rest = rest[rest.index(after: end)...]
        }
        return found
    }
}
