/// The level a paragraph speaks at, or the audience it addresses (see `Data/annotations.yaml`).
public enum Scope: String, Codable, Sendable, CaseIterable, Comparable {
    case national, province, city, county, district
    /// A bureau's own voice (我局, 局党组, 全局干部).
    case department
    /// Addressed to an office's own staff (办公室的同志, 在领导身边工作).
    case office
    /// Nothing ties it to a level: any speaker may say it.
    case generic

    /// The levels of government, highest first.
    public static let levels: [Scope] = [.national, .province, .city, .county, .district]

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// The name a writer reads.
    public var displayName: String {
        switch self {
        case .national: "国家层面"
        case .province: "省级"
        case .city: "市级"
        case .county: "县级"
        case .district: "区级"
        case .department: "部门内部"
        case .office: "办公室内部"
        case .generic: "通用"
        }
    }
}

/// What a paragraph does in a speech.
public enum ParagraphFunction: String, Codable, Sendable, CaseIterable {
    /// Past achievements (一年来…取得).
    case review
    /// Shortcomings and gaps (差距, 不足).
    case problem
    /// Significance and the situation: the why (重要意义, 形势).
    case situation
    /// A work item: what to do (要…推进).
    case task
    /// How to do it: leadership, work style, responsibility (必须, 压实责任).
    case requirement
    /// Thanks, hopes and calls (希望, 感谢).
    case thanks
    case other

    /// The name a writer reads.
    public var displayName: String {
        switch self {
        case .review: "回顾成绩"
        case .problem: "查找问题"
        case .situation: "阐明意义形势"
        case .task: "部署任务"
        case .requirement: "提出要求"
        case .thanks: "感谢希望号召"
        case .other: "其他"
        }
    }
}

/// Something a paragraph says that is true only of its own source: a figure, a place, an
/// institution, a project, a person or a campaign of a given year.
public struct Fact: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case figure, place, institution, project, person, campaign

        /// The name a writer reads.
        public var displayName: String {
            switch self {
            case .figure: "数据"
            case .place: "地名"
            case .institution: "单位"
            case .project: "项目"
            case .person: "人名"
            case .campaign: "专项活动"
            }
        }
    }

    public var kind: Kind
    /// The words as written.
    public var text: String

    public init(_ kind: Kind, _ text: String) {
        self.kind = kind
        self.text = text
    }
}

/// What the annotation tables say of one paragraph.
public struct Annotation: Codable, Sendable, Equatable {
    public var scope: Scope
    public var function: ParagraphFunction
    public var facts: [Fact]

    public init(scope: Scope, function: ParagraphFunction, facts: [Fact] = []) {
        self.scope = scope
        self.function = function
        self.facts = facts
    }
}
