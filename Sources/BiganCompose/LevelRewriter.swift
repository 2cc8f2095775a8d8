import BiganThemes

/// Says a paragraph of another local level at the speaker's: 全省 → 全市, 县委 → 市委, by the rows of
/// `ComposingRules.selfReference`; only the paragraph's own level's words change.
struct LevelRewriter: Sendable {
    let rows: [[String: String]]

    init(rules: ComposingRules) {
        rows = rules.selfReference
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
