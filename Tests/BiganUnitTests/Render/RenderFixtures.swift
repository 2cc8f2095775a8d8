@testable import BiganCompose
@testable import BiganOutline

/// Hand-built drafts for the renderer tests: a 市长 at a 总结表彰会, as the composer would emit it.
enum RenderFixtures {
    static let title = "在全市政府办公室系统2025年度工作总结暨表彰大会上的讲话"
    static let byline = "市长 {姓名}（2026年1月8日）"
    static let source = DraftSource(file: "政务总结会上的讲话材料.txt", speech: "政务总结会上的讲话材料篇1", line: 41)

    static func mayorSpeech() -> Draft {
        Draft(occasion: "总结表彰会", role: "市长", title: title, byline: byline, blocks: opening + body + closing)
    }

    private static func paragraph(
        _ text: String, _ part: SpeechPart = .body, placeholders: [String] = [], source: DraftSource? = nil
    ) -> DraftBlock {
        DraftBlock(
            type: .paragraph, part: part, text: text, snippetId: source == nil ? nil : 812, placeholders: placeholders,
            source: source)
    }

    private static func heading(_ level: Int, _ text: String) -> DraftBlock {
        DraftBlock(type: .heading, level: level, part: .body, text: text)
    }

    static let opening: [DraftBlock] = [
        DraftBlock(type: .salutation, part: .opening, text: "同志们："),
        paragraph(
            "{机关名称}召开这次会议，全面总结2025年的工作，表彰在各个方面、各个岗位涌现出来的先进单位、先进科室和先进个人，安排部署今年工作的主要任务。",
            .opening, placeholders: ["{机关名称}"]),
        paragraph(
            "首先，我代表市政府，向受到表彰的先进集体和先进个人表示热烈的祝贺！向一年来勤奋耕耘、默默奉献的办公室全体同志致以新春的问候和崇高的敬意！",
            .opening, source: source),
        paragraph(
            "2025年，全市经济社会发展中大事多、喜事多、急事多、难事多，面对繁重的工作任务，办公室紧贴中心，强化职能，注重规范，加强管理，推进创新，全年办理文电3200余件，整体工作水平跃上了新的台阶。",
            .opening),
        paragraph(
            "关于今年办公室的工作，{秘书长姓名}秘书长已作了详细安排，我完全同意。下面，我再讲三点意见。", .transition,
            placeholders: ["{秘书长姓名}"]),
    ]

    static let body: [DraftBlock] = [
        heading(1, "一、充分认识办公室工作的重要地位，切实增强责任感和使命感"),
        paragraph(
            "市政府办公室是全市政府系统运转的“中枢”，处在承上启下、联系左右、协调各方的重要位置。办公室工作做得好不好，直接关系到市政府决策部署能否落到实处。"),
        heading(2, "（一）要当好参谋助手。"),
        paragraph(
            "要围绕市政府中心工作，深入调查研究，及时反映新情况、新问题，提出有分量、有价值的意见建议，真正做到参之有道、谋之有方。", source: source),
        heading(2, "（二）要抓好督查落实。"),
        heading(3, "一是健全督查机制。"),
        paragraph("对市政府确定的重点工作、重大项目，要逐项分解、明确责任、跟踪问效，做到件件有着落、事事有回音。"),
        heading(3, "二是创新督查方式。"),
        paragraph("要把明察与暗访结合起来，把书面督查与实地督查结合起来，确保政令畅通。"),
        heading(1, "二、大力学习先进典型，努力建设高素质的办公室队伍"),
        paragraph(
            "这次受到表彰的先进集体和先进个人，是全市政府办公室系统的优秀代表。他们身上体现出来的爱岗敬业、甘于奉献、精益求精的精神，值得全体同志认真学习。"),
        heading(2, "（一）学习他们对党忠诚、服务人民的政治品格。"),
        paragraph("要始终把讲政治摆在首位，自觉在思想上政治上行动上同党中央保持高度一致。"),
        heading(2, "（二）学习他们精益求精、追求卓越的工作作风。"),
        paragraph("办文要做到准确规范，办会要做到周密细致，办事要做到高效稳妥，努力实现“零差错、零失误、零延误”。"),
        heading(1, "三、加强作风建设，以优良作风保障各项工作落实"),
        paragraph(
            "作风建设永远在路上。要坚决贯彻中央八项规定精神，持之以恒纠治“四风”，坚决克服形式主义、官僚主义，把更多精力用在抓落实上。"),
    ]

    static let closing: [DraftBlock] = [
        paragraph(
            "同志们，新的一年，任务艰巨，使命光荣。希望大家以受表彰的先进为榜样，开拓进取，扎实工作，为全市经济社会高质量发展作出新的更大贡献！", .closing),
        paragraph("谢谢大家！", .closing),
    ]
}
