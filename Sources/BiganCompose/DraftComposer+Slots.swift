import BiganText
import BiganThemes

extension DraftComposer {
    /// The values of every slot a template or role may use, for this request.
    func slotValues(_ request: DraftRequest, _ template: OccasionTemplate, _ role: SpeakerRole) -> SlotValues {
        var slots = SlotValues([
            "年份": String(request.year), "上年": String(request.year - 1), "下年": String(request.year + 1),
            "代表机构": role.speaksFor, "自称": role.selfReference, "范围": role.scope, "听众": role.audience,
            "领导机关": role.leadership, "要点数": ChineseNumeral.count(template.bodySections.count),
            "再": role.speaksAfterOthers ? "再" : "",
        ])
        if let region = request.region {
            slots["地区"] = region
            slots["地区简称"] = PlaceIndex.shortForm(of: region) ?? region
        } else {
            slots["地区简称"] = "{地区}"
        }
        slots["单位"] = request.org ?? role.defaultOrg
        slots["职务"] = request.org.map { $0.hasSuffix(role.post) ? $0 : $0 + role.post } ?? role.post
        var meetingGenerator = SeededGenerator.forDecision(seed: request.seed, "meeting")
        slots["会议名称"] = request.meeting ?? slots.fill(template.meeting.pick(using: &meetingGenerator))
        var closingGenerator = SeededGenerator.forDecision(seed: request.seed, "closing-formula")
        slots["结束语"] = slots.fill(role.closing.pick(using: &closingGenerator))
        return slots
    }
}
