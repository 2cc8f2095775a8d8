import Testing

@testable import BiganCompose
@testable import BiganThemes

/// Whom a draft speaks to and at which level: what it takes as it is, says at its own level, or leaves out.
@Suite struct AudienceTests {
    static let city = Audience(level: .city)
    static let bureau = Audience(level: .city, departmentVoice: true)
    static let office = Audience(level: .city, officeAudience: true)

    static let admissions: [(audience: Audience, scope: Scope, hasFacts: Bool, admission: Audience.Admission)] = [
        (city, .generic, true, .asIs),
        (city, .city, true, .asIs),
        (city, .national, false, .refuse),
        (city, .province, false, .convert(from: .province)),
        (city, .province, true, .refuse),
        (city, .county, false, .convert(from: .county)),
        (city, .district, false, .convert(from: .district)),
        (city, .district, true, .refuse),
        (city, .department, false, .refuse),
        (city, .office, false, .refuse),
        (bureau, .department, true, .asIs),
        (bureau, .office, false, .refuse),
        (bureau, .national, false, .refuse),
        (office, .office, true, .asIs),
        (office, .department, false, .refuse),
        (office, .national, false, .refuse),
        (Audience(level: .county), .city, false, .convert(from: .city)),
        (Audience(level: .county), .county, true, .asIs),
    ]

    @Test(arguments: admissions)
    func whatBecomesOfEachScope(audience: Audience, scope: Scope, hasFacts: Bool, admission: Audience.Admission) {
        #expect(audience.admission(of: scope, hasFacts: hasFacts) == admission)
    }

    @Test func aCatalogIsNeverAskedForWhatIsRefused() {
        #expect(!Self.city.scopes.contains(.national))
        #expect(!Self.city.scopes.contains(.office) && !Self.city.scopes.contains(.department))
        #expect(Self.office.scopes.contains(.office))
        #expect(Self.bureau.scopes.contains(.department))
    }

    @Test(arguments: [
        ("天水市", Scope.city), ("临泽县", .county), ("甘州区", .district), ("陕西省", .province),
        ("广西壮族自治区", .province), ("临夏回族自治州", .city), ("阿拉善盟", .city), ("天水", .city), ("甘肃", .province),
    ])
    func aRegionsLevelFromItsName(region: String, level: Scope) {
        #expect(Audience.level(ofRegion: region, places: ComposeFixtures.places) == level)
    }

    @Test func theRoleTheOccasionAndTheRegionMakeTheAudience() throws {
        func audience(_ role: String, _ occasion: String, _ region: String?) throws -> Audience {
            Audience(
                role: ComposeFixtures.role(role), template: try ComposeFixtures.store.template(for: occasion),
                region: region, places: ComposeFixtures.places)
        }
        #expect(try audience("市长", "工作部署会", "天水市") == Audience(level: .city))
        #expect(try audience("市长", "办公室系统会议", "天水市") == Audience(level: .city, officeAudience: true))
        #expect(try audience("秘书长", "工作部署会", "天水市").officeAudience)
        #expect(try audience("局长", "工作部署会", "天水市") == Audience(level: .city, departmentVoice: true))
        #expect(try audience("县长", "推进会", nil).level == .county)
        #expect(try audience("市长", "推进会", "甘州区").level == .district)
    }

    // MARK: Drafts

    /// State Council report paragraphs (gwr_state_2014 … 2022), as an import of the reports annotates them.
    static let national: [CatalogSnippet] = [
        "人命关天，安全生产这根弦任何时候都要绷紧。要严格执行安全生产法律法规，全面落实安全生产责任制，坚决遏制重特大安全事故发生。大力整顿和规范市场秩序，继续开展专项整治，严厉打击制售假冒伪劣行为。",
        "廉政建设和反腐败工作不断引向深入。坚决贯彻落实党中央八项规定精神，一以贯之纠正“四风”。加强行政监察和审计监督。保持惩治腐败高压态势，聚焦重点领域，严肃查处侵害群众利益的不正之风和腐败问题。广大公务员要持廉守正，干干净净为人民做事。",
        "全面加强党风廉政建设。推进“两学一做”学习教育常态化制度化。坚决贯彻落实党中央八项规定及实施细则精神，驰而不息整治“四风”，特别是力戒形式主义、官僚主义。加强审计监督。政府工作人员要廉洁修身，勤勉尽责，干干净净为人民做事。",
        "积极扩大有效投资。围绕国家重大战略部署和“十四五”规划，适度超前开展基础设施投资。中央预算内投资安排6400亿元。政府投资更多向民生项目倾斜，加大社会民生领域补短板力度。深化投资审批制度改革，做好用地、用能等要素保障。",
        "就业优先政策要全面发力。就业是民生之本、财富之源。当前和今后一个时期，我国就业总量压力不减、结构性矛盾凸显，必须把就业摆在更加突出位置。稳增长首要是为保就业。只要就业稳、收入增，我们就更有底气。",
        "——改革开放取得新突破。国务院及地方政府机构改革顺利实施。重点领域改革迈出新的步伐，市场准入负面清单制度全面实行，简政放权、放管结合、优化服务改革力度加大，营商环境国际排名大幅上升。",
    ].enumerated().map { offset, text in
        AnnotatedCatalog.paragraph(
            Int64(1001 + offset), text, scope: .national, file: "gwr_state.txt", title: "政府工作报告", level: .national)
    }

    /// A district's speech (written for these tests in the words of starter 03 and 23): its own figures.
    static let district: [CatalogSnippet] = [
        "过去一年，全区上下在区委的坚强领导下，直面困难挑战，扎实推进稳增长、调结构、惠民生、防风险各项工作，地区生产总值增长6.2%，较好完成了全年目标任务。",
        "我区安全生产形势总体平稳，全年排查整治各类隐患1200余处，事故起数和死亡人数实现“双下降”。区委、区政府将继续压实各方责任，坚决遏制重特大事故发生。",
        "要紧盯年度目标任务，加快推进全区32个重点项目建设，强化用地、资金等要素保障，推动更多项目早开工、早建成、早见效，以项目建设的实效支撑全区经济稳定增长。",
        "区委、区政府把民生实事作为检验工作成效的重要标尺，全年新建改扩建学校5所，新增城镇就业3200人，群众的获得感、幸福感不断增强。",
    ].enumerated().map { offset, text in
        AnnotatedCatalog.paragraph(
            Int64(2001 + offset), text, file: "district.txt", title: "在全区工作会议上的讲话", level: .district)
    }

    /// The seed's paragraphs that speak to the office's own staff.
    static let officeInternal: [CatalogSnippet] = ComposeFixtures.paragraphs.enumerated().filter {
        $0.element.title == ComposeFixtures.office
    }.map { offset, entry in
        AnnotatedCatalog.paragraph(
            Int64(3001 + offset), entry.text, themes: entry.themes, scope: .office, file: "000_seed.txt",
            title: entry.title)
    }

    /// What any speaker may say: the fixture's general paragraphs and a city mayor's (starter 03).
    static let usable: [CatalogSnippet] =
        ComposeFixtures.paragraphs.enumerated().filter { $0.element.title == nil }.map { offset, entry in
            AnnotatedCatalog.paragraph(Int64(4001 + offset), entry.text, themes: entry.themes, scope: .generic)
        }
        + [
            "过去一年，我们顶住下行压力，经济运行总体保持了稳中有进的态势。重点项目建设加快推进，一批补链延链的产业项目陆续落地，工业经济的支撑作用更加明显；消费市场逐步回暖，文旅、商贸等服务业恢复向好。",
            "（一）压紧压实工作责任。各县区和市直各部门主要负责同志是抓落实的第一责任人，对重点工作要亲自研究、亲自调度、亲自督办。分管负责同志要各负其责、一线指挥。",
            "（二）健全督查问效机制。抓落实关键在督查。市政府督查室要把年度重点任务全部纳入督查范围，采取定期督查、专项督查、暗访抽查等方式，动态掌握工作进展。",
            "（三）办好民生实事，不断增强群众获得感。发展的成果要更多更公平地惠及群众。要把稳就业摆在突出位置，抓好高校毕业生、农民工、退役军人等重点群体就业，加大创业扶持力度。",
        ].enumerated().map { offset, text in
            AnnotatedCatalog.paragraph(Int64(5001 + offset), text, file: "03_工作部署会_市长.txt", level: .city)
        }

    static let refused = national + district.filter { !($0.annotation?.facts.isEmpty ?? true) } + officeInternal
    static let catalog = InMemorySnippetCatalog(usable + national + district + officeInternal)

    static let cityOccasions = ["总结表彰会", "工作部署会", "安全生产工作会议", "动员大会", "推进会", "党风廉政建设工作会议", "座谈会"]

    static func drafts(_ role: String, _ occasions: [String], catalog: any SnippetCatalog) async throws -> [Draft] {
        var drafts: [Draft] = []
        for occasion in occasions {
            for seed: UInt64 in 1...3 {
                drafts.append(
                    try await ComposeFixtures.composer(catalog).compose(
                        DraftRequest(occasion: occasion, role: role, region: "天水市", year: 2026, seed: seed)))
            }
        }
        return drafts
    }

    @Test func theRefusedParagraphsAreWhatTheLibraryOffers() async throws {
        // The district's paragraphs carry their figures; everything refused would be taken if it were generic.
        #expect(
            Self.district.allSatisfy { $0.annotation?.scope == .district && !($0.annotation?.facts.isEmpty ?? true) })
        let generic = InMemorySnippetCatalog(
            (Self.usable + Self.national + Self.district + Self.officeInternal).map {
                var snippet = $0
                snippet.annotation = Annotation(scope: .generic, function: $0.annotation!.function)
                return snippet
            })
        let used = Set(
            try await Self.drafts("市长", Self.cityOccasions, catalog: generic).flatMap(
                AnnotatedCatalog.libraryParagraphs))
        for group in [Self.national, Self.district, Self.officeInternal] {
            #expect(group.contains { used.contains($0.id) })
        }
    }

    @Test func aCitySpeechHoldsNoNationalDistrictOrOfficeParagraph() async throws {
        let refused = Set(Self.refused.map(\.id))
        for draft in try await Self.drafts("市长", Self.cityOccasions, catalog: Self.catalog) {
            for block in draft.blocks {
                #expect(block.snippetId.map(refused.contains) != true, "\(draft.occasion): \(block.text)")
                #expect(!block.alternatives.contains { refused.contains($0.snippetId) })
                for word in ["我国", "国务院", "我区", "区委", "全区", "办公室的同志", "办公室工作"] {
                    #expect(!block.text.contains(word), "“\(word)” in \(draft.occasion): \(block.text)")
                }
            }
            #expect(draft.blocks.contains { $0.snippetId != nil }, "\(draft.occasion) took nothing from the library")
        }
    }

    @Test func aSecretaryGeneralSpeakingToTheOfficeMayUseItsOwnParagraphs() async throws {
        let drafts = try await Self.drafts("秘书长", ["办公室系统会议"], catalog: Self.catalog)
        let used = Set(drafts.flatMap(AnnotatedCatalog.libraryParagraphs))
        #expect(Self.officeInternal.contains { used.contains($0.id) })
        #expect(!Self.national.contains { used.contains($0.id) })
        #expect(!Self.district.contains { used.contains($0.id) })
    }

    // MARK: Another local level

    /// Provincial reports of the dev corpus (d07 贵州, d04 黑龙江): one says 全省 of itself and
    /// nothing else of its own, the other carries the province's figures.
    static let ownWords = "全省上下思想观念、发展理念、工作方法发生深刻变革，“投资必问效、无效必问责”深入人心，高质量发展成为主旋律。"
    static let ownFigures = "全省地区生产总值增长4.2%，粮食总产量1640.06亿斤，城镇新增就业35.8万人，一般公共预算收入增长5.7%，全体居民人均可支配收入增长5.1%。"

    static func provincialDraft(role: String, region: String) async throws -> Draft {
        let yaml = """
            occasion: 回顾会
            title: 在{会议名称}上的讲话
            parts:
              - salutation
              - body:
                  - themes: [工作成绩]
                    paragraphs: 2
                  - themes: [先进表彰]
                    paragraphs: 1
              - closing: [同志们，谢谢大家！]
            """
        let template = try TemplateLoader(knownThemes: ComposeFixtures.themes).load(yaml: yaml, file: "回顾会.yaml")
        let catalog = InMemorySnippetCatalog(
            [Self.ownWords, Self.ownFigures].enumerated().map { offset, text in
                AnnotatedCatalog.paragraph(
                    Int64(6001 + offset), text, themes: ["工作成绩"], file: "d07_prov2026.txt", level: .province)
            })
        let composer = ComposeFixtures.composer(
            catalog, store: TemplateStore(templates: [template], roles: ComposeFixtures.store.roles))
        return try await composer.compose(DraftRequest(occasion: "回顾会", role: role, region: region, year: 2026))
    }

    @Test(arguments: [("市长", "天水市", "全市上下"), ("县长", "临泽县", "全县上下")])
    func anotherLevelsSelfReferenceWithoutFactsIsSaidAtTheSpeakersLevel(role: String, region: String, own: String)
        async throws
    {
        let annotations = [Self.ownWords, Self.ownFigures].map {
            AnnotatedCatalog.annotator.annotate($0, speechLevel: .province)
        }
        #expect(annotations.map(\.scope) == [.province, .province])
        #expect(annotations[0].facts.isEmpty && !annotations[1].facts.isEmpty)
        let draft = try await Self.provincialDraft(role: role, region: region)
        let converted = try #require(draft.blocks.first { $0.snippetId == 6001 })
        #expect(converted.text.hasPrefix(own + "思想观念"))
        #expect(!converted.text.contains("全省"))
        #expect(!draft.blocks.contains { $0.snippetId == 6002 || $0.text.contains("4.2%") })
        // The paragraph it could not take is a marked gap that says so.
        #expect(draft.shortages.contains { $0.found == 1 })
    }
}
