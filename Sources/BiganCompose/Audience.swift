import BiganThemes

/// Whom a draft speaks to and at which level: which library text it may take as it is, which it
/// may say at its own level, and which it must leave out.
struct Audience: Sendable, Equatable {
    /// The speaker's level of government: city, county, district or province.
    var level: Scope
    /// The speaker speaks as a bureau (我局, 局党组).
    var departmentVoice: Bool
    /// The draft addresses an office's own staff (办公室系统会议, or a 秘书长 or 主任 to their office).
    var officeAudience: Bool

    /// What becomes of a paragraph of one scope in this draft.
    enum Admission: Equatable {
        case asIs
        /// Said at the draft's level: another local level's self-reference is turned into the draft's.
        case convert(from: Scope)
        case refuse
    }

    /// The audience of `role` speaking at `template`'s occasion for `region` (its level, when it names one).
    init(role: SpeakerRole, template: OccasionTemplate, region: String?, places: PlaceIndex) {
        level = region.flatMap { Self.level(ofRegion: $0, places: places) } ?? role.level
        departmentVoice = role.voice == .department
        officeAudience = template.officeAudience || role.voice == .office
    }

    init(level: Scope, departmentVoice: Bool = false, officeAudience: Bool = false) {
        self.level = level
        self.departmentVoice = departmentVoice
        self.officeAudience = officeAudience
    }

    /// A region's level from how its name ends (临泽县 → county, 甘州区 → district, 陕西省 →
    /// province), else from the divisions table.
    static func level(ofRegion region: String, places: PlaceIndex) -> Scope? {
        if region.hasSuffix("自治区") || region.hasSuffix("省") { return .province }
        if region.hasSuffix("区") { return .district }
        if region.hasSuffix("县") || region.hasSuffix("旗") { return .county }
        if region.hasSuffix("市") || region.hasSuffix("州") || region.hasSuffix("盟") { return .city }
        switch places.resolve(region)?.level {
        case .province: return .province
        case .prefecture: return .city
        case .county: return .county
        case nil: return nil
        }
    }

    func admission(of scope: Scope, hasFacts: Bool) -> Admission {
        switch scope {
        case .generic, level: return .asIs
        case .national: return .refuse
        case .office: return officeAudience ? .asIs : .refuse
        case .department: return departmentVoice ? .asIs : .refuse
        case .province, .city, .county, .district: return hasFacts ? .refuse : .convert(from: scope)
        }
    }

    /// The scopes a catalog should look among: every one that is not refused outright.
    var scopes: [Scope] {
        Scope.allCases.filter { admission(of: $0, hasFacts: false) != .refuse }
    }
}
