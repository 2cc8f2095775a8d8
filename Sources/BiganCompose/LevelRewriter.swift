import BiganText
import BiganThemes

/// Says a paragraph of another local level at the speaker's: 全省 → 全市, 县委 → 市委, by the rows of
/// `ComposingRules.selfReference`; only the paragraph's own level's words change.
struct LevelRewriter: Sendable {
    let rows: [[String: String]]

    init(rules: ComposingRules) {
        rows = rules.selfReference
    }

    /// The local level whose self-reference words `text` uses most (ties to the higher level), nil
    /// when it uses none: a bureau's paragraph names its own government (市委、市政府中心工作).
    func level(of text: String) -> Scope? {
        var counts: [Scope: Int] = [:]
        for row in rows {
            for (name, word) in row {
                guard let scope = Scope(rawValue: name), text.utf8Contains(word) else { continue }
                counts[scope, default: 0] += 1
            }
        }
        return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }

    func rewrite(_ text: String, from source: Scope, to target: Scope) -> String {
        guard source != target else { return text }
        var out = text
        for row in rows {
            guard let word = row[source.rawValue], let replacement = row[target.rawValue] else { continue }
            out = out.replacingAll(word, with: replacement)
        }
        return out
    }
}
