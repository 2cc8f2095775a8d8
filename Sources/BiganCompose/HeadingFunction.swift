import BiganText
import BiganThemes

/// What a template heading wants its paragraphs to do, from its words (`ComposingRules.headingFunctions`)
/// when the template does not say: 充分肯定成绩 wants a review, 突出重点 wants tasks.
struct HeadingFunction: Sendable {
    let cues: [(function: ParagraphFunction, cue: String, weight: Double)]

    init(rules: ComposingRules) {
        var cues: [(ParagraphFunction, String, Double)] = []
        for function in ParagraphFunction.allCases {
            for (cue, weight) in (rules.headingFunctions[function.rawValue] ?? [:]).sorted(by: { $0.key < $1.key }) {
                cues.append((function, cue, weight))
            }
        }
        self.cues = cues
    }

    /// The function of `heading`: the one whose cue words weigh most in it; `task` when none occurs.
    func function(of heading: String) -> ParagraphFunction {
        var scores: [ParagraphFunction: Double] = [:]
        for (function, cue, weight) in cues where heading.utf8Contains(cue) {
            scores[function, default: 0] += weight
        }
        return ParagraphFunction.allCases.filter { scores[$0] != nil }.max { scores[$0]! < scores[$1]! } ?? .task
    }
}
