import Foundation
import Yams

/// Tags text with themes by counting keywords: a stand-in for the library's tagger when drafting
/// straight from parsed files. Reads `Data/themes.yaml` (`- name: …, keywords: […]`) when present.
public struct KeywordThemeTagger: Sendable {
    public let keywords: [String: [String]]
    let matchers: [String: PhraseMatcher]

    public init(keywords: [String: [String]]) {
        self.keywords = keywords
        matchers = keywords.mapValues(PhraseMatcher.init)
    }

    /// The themes in `Data/themes.yaml`, or the built-in table when that file is missing or has no keywords.
    public static func load(data: URL) -> KeywordThemeTagger {
        let url = data.appendingPathComponent("themes.yaml")
        guard let text = try? String(contentsOf: url, encoding: .utf8), let root = try? Yams.load(yaml: text),
            let entries = (root as? [[String: Any]]) ?? ((root as? [String: Any])?["themes"] as? [[String: Any]])
        else { return KeywordThemeTagger(keywords: builtIn) }
        var table: [String: [String]] = [:]
        for entry in entries {
            if let name = entry["name"] as? String, let words = entry["keywords"] as? [String] { table[name] = words }
        }
        return KeywordThemeTagger(keywords: table.isEmpty ? builtIn : table)
    }

    /// Theme → number of different keywords found in `text` (so a long paragraph does not win by length).
    public func themes(of text: String) -> [String: Double] {
        let characters = Array(text)
        var weights: [String: Double] = [:]
        for (theme, matcher) in matchers {
            let hits = Set(matcher.ranges(in: characters).map { String(characters[$0]) }).count
            if hits > 0 { weights[theme] = Double(hits) }
        }
        return weights
    }

    static let builtIn: [String: [String]] = [
        "思想认识": ["重要意义", "充分认识", "统一思想", "深刻认识", "提高认识", "政治站位", "责任感", "使命感", "紧迫感"],
        "工作成绩": ["取得了", "成绩", "成效", "成果", "圆满完成", "新台阶", "实践证明"],
        "问题短板": ["问题", "不足", "差距", "短板", "薄弱", "不适应", "清醒看到", "应当看到"],
        "督查落实": ["督查", "督促检查", "督办", "抓落实", "问效", "贯彻落实"],
        "作风建设": ["作风", "形式主义", "官僚主义", "求真务实", "雷厉风行", "艰苦奋斗", "四风"],
        "责任落实": ["责任制", "主体责任", "问责", "压实", "责任"],
        "先进典型": ["先进集体", "先进个人", "先进典型", "学习先进", "榜样", "表彰", "楷模", "模范"],
        "服务意识": ["服务", "群众满意", "为民", "奉献", "热情周到"],
        "队伍建设": ["队伍", "干部", "素质", "人才", "能力"],
        "调查研究": ["调查研究", "调研", "深入基层", "社情民意"],
        "民生": ["民生", "就业", "教育", "医疗", "养老", "住房", "社会保障", "收入"],
        "项目建设": ["项目", "投资", "开工", "工程"],
        "政务公开": ["政务公开", "公开", "知情权", "透明"],
        "依法行政": ["依法行政", "法治", "行政执法", "法律", "法规", "权力"],
        "党风廉政": ["廉政", "腐败", "廉洁", "纪律", "反腐", "党风"],
        "安全生产": ["安全生产", "隐患", "事故", "安全监管"],
        "应急管理": ["应急", "突发", "预案", "灾害", "防灾"],
        "参谋助手": ["参谋", "助手", "文稿", "政务信息", "决策"],
        "综合协调": ["协调", "统筹", "沟通", "配合", "合力"],
        "服务保障": ["保障", "后勤", "会务", "接待", "运转"],
        "改革创新": ["改革", "创新", "与时俱进", "开拓"],
        "经济发展": ["经济", "增长", "产业", "企业", "消费", "市场"],
        "组织领导": ["加强领导", "组织领导", "一把手", "统筹部署"],
        "学习培训": ["学习", "培训", "理论", "知识", "本领"],
        "值班值守": ["值班", "值守", "保安"],
    ]
}
