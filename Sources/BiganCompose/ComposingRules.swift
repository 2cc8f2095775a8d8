import BiganText
import BiganThemes
import Foundation

/// The tables of `Data/composing.yaml`: what a heading wants, which paragraph functions fill it, how
/// another level's self-reference is said at the speaker's level, and the hints of marked gaps.
public struct ComposingRules: Codable, Sendable, Equatable {
    /// Cue words and weights of each function in a heading.
    public var headingFunctions: [String: [String: Double]]
    /// For each heading function, the paragraph functions that fill it, best first.
    public var accepts: [String: [ParagraphFunction]]
    /// Rows of one self-reference at each level (全省, 全市, 全县, 全区).
    public var selfReference: [[String: String]]
    public var factHints: [String: String]
    public var figureHints: [String: String]
    public var sectionHints: [String: String]
    /// Set phrases of headings that say nothing of their subject (提高认识, 重要意义).
    public var headingFormulas: [String]
    /// Words that join a heading's words (的, 和): matched apart, so that no bigram spans them.
    public var headingJoiners: [String]
    /// What follows an office's name when a paragraph speaks of its own work (应急管理 + 部门).
    public var sectorSuffixes: [String]
    /// Words with which only a government's leaders speak, directing counties and departments
    /// (市政府将, 各县区、市直各部门要): never in a bureau's voice.
    public var leaderVoice: [String]
    /// Themes any speech may speak of whatever its topic (督查落实, 作风建设).
    public var generalThemes: [String]

    /// The bundled tables in `Data/composing.yaml`.
    public static func load(data: URL) throws -> ComposingRules {
        let url = data.appendingPathComponent("composing.yaml")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw BiganError(file: "Data/composing.yaml", "无法读取成稿规则表")
        }
        return try YAMLValue.decode(ComposingRules.self, from: text, file: "Data/composing.yaml")
    }

    /// What a heading is about: the heading without its set phrases (提高认识，充分认识加强学习培训的
    /// 重要意义 is about 加强学习培训).
    func subject(of heading: String) -> String {
        (headingFormulas.sorted { $0.count > $1.count } + headingJoiners).reduce(heading) {
            $0.replacingOccurrences(of: $1, with: "，")
        }
    }

    /// The paragraph functions that fill a heading of `function`, best first.
    func accepted(for function: ParagraphFunction) -> [ParagraphFunction] {
        accepts[function.rawValue] ?? ParagraphFunction.allCases
    }
}
