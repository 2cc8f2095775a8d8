import BiganThemes

/// Who gives the speech (市长, 局长, 秘书长 …) and how that post speaks, read from `Data/roles.yaml`.
public struct SpeakerRole: Sendable, Equatable {
    public var name: String
    /// Other names `--role` accepts.
    public var aliases: [String]
    /// The post as printed under the title ({职务}).
    public var post: String
    public var salutation: TextChoice
    /// The body spoken for in 我代表…: 市政府, 局党组 ({代表机构}).
    public var speaksFor: String
    /// How the speaker names the own office: 市政府, 我局 ({自称}); replaces 我厅/本局 in library text.
    public var selfReference: String
    /// The scope word: 全市, 全局, 全办 ({范围}).
    public var scope: String
    /// Who is addressed: 全市各级各部门, 全局干部职工 ({听众}).
    public var audience: String
    /// The leading body named in the closing: 市委, 市委、市政府 ({领导机关}).
    public var leadership: String
    /// The office when `--org` is not given (市政府 for a 市长); nil leaves {单位}.
    public var defaultOrg: String?
    /// The closing formula ({结束语}); one wording is picked per draft.
    public var closing: TextChoice
    /// Words that mark a snippet as spoken at this level (全市, 局党组 …); such snippets fit better.
    public var levelWords: [String]
    /// Whether the speaker usually speaks last, after other leaders: then the transition says 再讲 ({再}).
    public var speaksAfterOthers: Bool
    /// The level of government the speaker belongs to (a region of another level overrides it).
    public var level: Scope
    /// How the speaker speaks: for a government, as a bureau, or to an office's own staff.
    public var voice: Voice

    /// How a speaker speaks, and so which audiences' library text fits.
    public enum Voice: String, Sendable, CaseIterable {
        /// For a government or Party committee (市长, 书记, 县长).
        case government
        /// A bureau's own voice (局长, 厅长): 我局, 局党组.
        case department
        /// May address an office's own staff (秘书长, 主任).
        case office
    }

    public init(
        name: String, aliases: [String] = [], post: String, salutation: TextChoice, speaksFor: String,
        selfReference: String, scope: String, audience: String, leadership: String, defaultOrg: String? = nil,
        closing: TextChoice, levelWords: [String] = [], speaksAfterOthers: Bool = false, level: Scope = .city,
        voice: Voice = .government
    ) {
        self.name = name
        self.aliases = aliases
        self.post = post
        self.salutation = salutation
        self.speaksFor = speaksFor
        self.selfReference = selfReference
        self.scope = scope
        self.audience = audience
        self.leadership = leadership
        self.defaultOrg = defaultOrg
        self.closing = closing
        self.levelWords = levelWords
        self.speaksAfterOthers = speaksAfterOthers
        self.level = level
        self.voice = voice
    }
}
