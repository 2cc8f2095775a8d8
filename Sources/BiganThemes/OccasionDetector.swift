import BiganOutline

/// Tells the occasion a speech was given at (总结表彰会, 政务公开工作会议…) from its title and
/// opening, so drafts can prefer paragraphs from speeches of the same occasion.
public struct OccasionDetector: Sendable {
    /// Occasions with the words that show them, most specific first.
    static let table: [(occasion: String, cues: [String])] = [
        ("政府工作报告", ["政府工作报告", "报告政府工作"]),
        ("政务公开工作会议", ["政务公开工作会议", "政务公开工作"]),
        ("党风廉政建设工作会议", ["党风廉政建设工作会议", "党风廉政建设", "廉政工作会议"]),
        ("安全生产工作会议", ["安全生产工作会议", "安全生产"]),
        ("总结表彰会", ["表彰", "总结会", "总结大会"]),
        ("动员大会", ["动员大会", "动员会"]),
        ("推进会", ["推进会", "现场会", "观摩会"]),
        ("座谈会", ["座谈会", "座谈"]),
        ("开班式", ["开班式", "开班仪式", "培训班"]),
        ("致辞", ["致辞", "欢迎词"]),
        ("办公室系统会议", ["办公室系统", "办公室工作会议", "办公室年度工作会议", "办公室主任会议", "秘书长工作会议"]),
        ("工作部署会", ["部署会", "工作会议", "安排部署", "部署"]),
    ]

    public init() {}

    public func occasion(of speech: Speech) -> String? {
        let opening = speech.blocks.prefix { $0.part == .opening || $0.type == .salutation }.prefix(3).map(\.text)
        let texts = [speech.title ?? ""] + opening
        // The most specific occasion named in the title or the opening wins: a 政务公开 meeting
        // stays one even when the compilation's title calls every piece a 总结会.
        return Self.table.first { row in row.cues.contains { cue in texts.contains { $0.contains(cue) } } }?.occasion
    }
}
