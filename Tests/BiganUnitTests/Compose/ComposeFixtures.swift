import Foundation

@testable import BiganCompose
@testable import BiganText
@testable import BiganThemes

/// Shared data for the composition tests: the bundled rules, and a small library of realistic
/// paragraphs, some carrying what must not leak into a draft (平凉, 20xx, 杨秘书长, 史厅长, 黑龙江省建设厅).
enum ComposeFixtures {
    static let resources = try! ResourceLocator.locate()
    /// The theme names of the bundled taxonomy, which the templates are validated against.
    static let themes = Set(try! ThemeTaxonomy.load(resources: resources, environment: [:]).themes.map(\.name))
    static let taxonomy = try! ThemeTaxonomy.load(resources: resources, environment: [:])
    static let rules = try! RewriteRules.load(data: resources.data)
    static let recognition = try! AnnotationRules.load(data: resources.data)
    static let composing = try! ComposingRules.load(data: resources.data)
    static let places = try! PlaceIndex.load(data: resources.data, nicknames: recognition.places.nicknames)
    static let offices = try! OfficeKind.load(data: resources.data, configHome: nil, knownThemes: themes)
    static let store = try! TemplateStore.load(resources: resources, configHome: nil, knownThemes: themes)

    static func role(_ name: String) -> SpeakerRole { try! store.role(named: name) }

    static func rewriter(region: String? = "天水市", year: Int = 2026, org: String? = nil, role: String = "市长")
        -> SourceRewriter
    {
        SourceRewriter(
            rules: rules, recognition: recognition, index: places, year: year, region: region, org: org,
            role: self.role(role))
    }

    static func composer(_ catalog: any SnippetCatalog = catalog, store: TemplateStore = store) -> DraftComposer {
        DraftComposer(
            catalog: catalog, store: store, rules: rules, recognition: recognition, composing: composing,
            places: places, taxonomy: taxonomy, offices: offices)
    }

    /// Text that must never reach a draft composed for 天水市 in 2026.
    static let leaks = ["20xx", "20XX", "&;", "平凉", "黑龙江", "杨秘书长", "史厅长", "史殿臣", "{年份}", "{地区}", "{上年}"]

    static let catalog = InMemorySnippetCatalog(
        paragraphs.enumerated().map { offset, entry in
            CatalogSnippet(
                id: Int64(offset + 1), kind: .paragraph, text: entry.text,
                themes: Dictionary(uniqueKeysWithValues: entry.themes.map { ($0, 1.0) }),
                speechTitle: entry.title,
                source: DraftSource(file: "fixture.txt", speech: entry.title, line: offset + 1))
        } + sets + setItems)

    /// The paragraphs that stood under the items of the set in its source.
    static let setItems: [CatalogSnippet] = [
        ("一是认真负责的精神", "对待每一项工作都要认真负责，交办的事情件件有着落、事事有回音，不推诿、不拖延，以高度的责任心把工作做细做实。"),
        ("二是无私奉献的精神", "办公室的工作大多在幕后，加班加点是常事。要甘于默默无闻、乐于无私奉献，在平凡的岗位上干出不平凡的业绩。"),
        ("三是团结协作的精神", "各个科室、各个岗位要相互补台、相互支持，遇事多商量、多沟通，形成心往一处想、劲往一处使的工作合力。"),
        ("四是开拓创新的精神", "要主动适应新形势新要求，敢于打破常规、改进方法，在服务方式、工作手段上不断创新，提高工作的质量和效率。"),
    ].enumerated().map { offset, entry in
        CatalogSnippet(
            id: Int64(901 + offset), kind: .paragraph, text: entry.1, headingPath: ["四种精神", entry.0],
            themes: ["队伍建设": 1, "作风建设": 1], speechTitle: office,
            source: DraftSource(file: "fixture.txt", speech: office, line: 901 + offset))
    }

    static let sets: [CatalogSnippet] = [
        CatalogSnippet(
            id: 900, kind: .set, text: "四种精神：一是认真负责的精神。二是无私奉献的精神。三是团结协作的精神。四是开拓创新的精神。",
            themes: ["队伍建设": 1, "作风建设": 1], label: "四种精神",
            items: ["一是认真负责的精神。", "二是无私奉献的精神。", "三是团结协作的精神。", "四是开拓创新的精神。"],
            speechTitle: "政务总结会上的讲话材料篇1", source: DraftSource(file: "fixture.txt", speech: nil, line: 900))
    ]

    static let office = "政务总结会上的讲话材料篇1"
    static let openness = "政务总结会上的讲话材料篇2"

    static let paragraphs: [(text: String, themes: [String], title: String?)] = [
        ("20xx年，全市经济社会发展中大事多、喜事多、急事多、难事多，面对繁重的工作任务，办公室紧贴中心，强化职能，注重规范，加强管理，推进创新，整体工作水平跃上了新的台阶。", ["工作成绩"], office),
        (
            "在一年的工作中，各科室及全体干部职工团结协作，勤奋敬业，埋头苦干，扎实工作，较好的完成了市政府交给的各项工作任务，保证了政府工作的优质高效运转，为全市经济社会发展作出了重要贡献。",
            ["工作成绩", "队伍建设"], office
        ),
        ("全市经济社会发展所取得的成效，凝聚着办公室各位同志的心血和汗水，对办公室20xx年的工作，市政府及各位市长是满意的。", ["工作成绩"], office),
        (
            "关于今年办公室的工作，杨秘书长已作了详细安排，这个安排思路清晰，定位准确，重点突出，任务明确，措施具体，完全符合市政府工作总体要求，具有很强的指导性和针对性，希望各职能科室及全体干部职工认真研究细化，抓好贯彻落实。",
            ["督查落实"], office
        ),
        (
            "春节前，市上召开了市委扩大会暨全市经济工作会议，明确了全市未来五年及今年工作的指导思想、总体思路和重点任务，提出了建设小康平凉、和谐平凉、魅力平凉的奋斗目标。这是全市工作的大局，各项工作都要紧紧围绕这个大局来谋划和推进。",
            ["经济发展", "思想认识"], office
        ),
        (
            "办公室是市政府的综合办事机构，在政府工作运转中处于承上启下的位置，发挥着牵总协调的作用。做好办公室工作，对于提高市政府决策水平和执行能力，保证各项工作任务的落实，具有非常重要的意义。",
            ["思想认识", "参谋助手"], office
        ),
        (
            "办公室的参谋助手作用体现在各项工作中，其中最主要的是文稿起草、调查研究、政务信息。要树立&;身在兵位，胸为帅谋&;的思想，坚持想大问题，出大思路，写大文章，促大发展。", ["参谋助手", "调查研究"],
            office
        ),
        (
            "搞好综合协调是办公室的一项基本职能，也是保证政府工作高效运转的客观要求。要努力做到在忙乱中求规律，在繁杂中理头绪，在服务中求主动，注意协调好方方面面的关系，善于调动各方面的积极性。", ["综合协调"],
            office
        ),
        ("督促检查是抓工作落实的重要手段，从一定意义上讲，督促检查也是不断发现问题、不断解决问题的过程。要把贯彻落实上级的决策放在首位，开展定期不定期督查，确保政令畅通。", ["督查落实"], office),
        (
            "在充分运用发函督查、电话催报、听取汇报等方法的同时，不断探索督查工作的新机制、新办法，更多地采用实地检查、随机抽查等措施，努力实现从一般督查向重点督查转变，从文电督查向现场督查转变。", ["督查落实"],
            office
        ),
        (
            "后勤服务是办公室工作的重要组成部分，是政务工作正常运转的基本保证。会务、后勤、接待等日常事务性工作量大面宽，办会、办事都要细致再细致，周密再周密，确保万无一失。特别是平凉宾馆等服务窗口，更要热情周到。",
            ["会务后勤", "服务意识"], office
        ),
        ("尤其要加强政府值班和保安工作，确保机关安全。要健全和完善各项规章制度，用制度管人管事，进一步降低机关运行成本，提高工作质量和效率。", ["值班值守", "会务后勤"], office),
        (
            "办公室工作千头万绪，具有多、杂、繁、细的特点。服务是办公室工作的第一要务，既要为领导搞好服务，又要为各部门和基层搞好服务，还要为社会和人民群众搞好服务，努力做到让领导满意、群众满意、基层满意。",
            ["服务意识"], office
        ),
        (
            "做好办公室工作，要有一种不图名、不图利，默默无闻、忘我工作的精神境界。服务就意味着奉献，没有奉献就搞不好服务。每个工作人员都要甘于吃苦，乐于奉献，在平凡的工作岗位上做出不平凡的业绩。",
            ["服务意识", "先进表彰", "队伍建设"], office
        ),
        (
            "“办公室工作无小事”，大到安排一次会议，起草一个报告，小到接听一个电话，传递一份文件，都要坚持严谨细致，一丝不苟。要推行岗位负责制和首问责任制，不让各种差错在自己身上发生。", ["作风建设", "责任落实"],
            office
        ),
        (
            "办公室工作是一个有机的整体，各个科室、各个岗位只有协作配合，才能拾遗补缺，搞好工作。每个岗位上的同志都要以事业为重，相互尊重，相互支持，坚决防止和克服推诿扯皮的现象，真正形成工作合力。",
            ["队伍建设", "综合协调"], office
        ),
        ("只有与时俱进，开拓创新，才能跟上时代发展的步伐和形势的需要，才能为领导、为基层、为群众提供高水平、高质量的服务。要主动适应新形势，研究新情况，解决新问题，谋求新进步。", ["改革创新"], office),
        (
            "要把加强政治理论和业务知识的学习作为一种觉悟、一种责任，自觉坚持，长期坚持，及时“充电”，努力争当学习型干部，争创学习型机关。可以采取“走出去、请进来”的办法，举办文秘知识培训班，开阔眼界。",
            ["学习培训", "队伍建设"], office
        ),
        ("办公室的工作性质要求我们时时处处必须说实话，干实事，无论是做人还是做事，都要脚踏实地，一丝不苟，切忌形式主义，办事飘浮，蜻蜓点水。", ["作风建设"], office),
        ("在实际工作中必须树立强烈的效率观念，坚决克服四平八稳、工作拖拉、推诿扯皮等不良习气。对布置的工作，要立即干，马上办；对可预见的工作要谋在前，干在前。", ["作风建设", "督查落实"], office),
        ("这次会议传达了全国建设系统政务公开工作会议精神，听取了史殿臣厅长的重要讲话，讨论并研究了《黑龙江省建设厅政务公开工作规程（讨论稿）》，会议内容比较丰富，取得了预期效果。", ["政务公开"], openness),
        ("史厅长的讲话回顾了在近一个时期全省建设系统推行政务公开工作中所取得的成绩和存在的问题，并为明年乃至今后一个时期政务公开工作做了部署，具有很强的指导意义。", ["政务公开", "工作成绩"], openness),
        (
            "要结合政务公开，进一步保障群众的知情权、参与权、监督权，建立健全重大建设项目、重要收费事项决策的专家咨询论证制度、社会公众参与制度，促进决策的科学化、民主化。",
            ["政务公开", "依法行政", "民生保障"],
            openness
        ),
        ("政务公开是对行政权力运行的约束、监督，推行政务公开是从源头上预防和治理腐败的重要举措。要把推行政务公开作为加强党风廉政建设的一项重要措施来落实。", ["政务公开", "党风廉政"], openness),
        ("要结合政务公开，认真梳理行政执法依据，分解行政执法职权，规范行政执法流程，明确行政执法责任，加快建立权责明确、行为规范、监督有效、保障有力的行政执法体制。", ["依法行政", "政务公开"], openness),
        (
            "有公开就有保密，两者既矛盾又统一。违反保密规定而无限制的公开，就会损害国家安全和公民的合法权益；借口保密而对该公开的事项不公开，就会损害政府的形象。各单位要严格按照保密法及相关规定办，确保不泄密。",
            ["政务公开"], openness
        ),
        ("同志们，20xx年即将过去，20xx年的元旦即将来临，在此预祝各位在新的一年里心情愉快、身体健康，在全面推行政务公开的工作中取得新的、更出色的成绩。", ["政务公开"], openness),
        ("我们要坚持以人民为中心的发展思想，把群众的操心事、烦心事、揪心事作为工作的着力点，扎实办好就业、教育、医疗、养老、住房等民生实事，让群众的获得感成色更足、幸福感更可持续。", ["民生保障"], nil),
        ("要紧盯年度目标任务，牢固树立“项目为王”的理念，加快推进重点项目建设，强化用地、资金等要素保障，推动更多项目早开工、早建成、早见效，以项目建设的实效支撑经济稳定增长。", ["项目建设", "经济发展"], nil),
        ("要坚持把改革创新作为破解发展难题的关键一招，聚焦群众和企业反映强烈的堵点难点，持续深化重点领域改革，不断优化营商环境，充分激发各类市场主体的活力。", ["改革创新", "经济发展"], nil),
        ("安全生产是发展的底线和红线。要坚持人民至上、生命至上，深入开展安全生产隐患排查整治，对排查出的问题建立台账、挂牌督办、限期整改，坚决遏制重特大事故发生。", ["安全生产", "责任落实"], nil),
        ("要严格落实党政同责、一岗双责、齐抓共管、失职追责的安全生产责任制，压实企业主体责任、部门监管责任和属地管理责任，做到责任到人、措施到位。", ["安全生产", "责任落实"], nil),
        ("要健全应急预案体系，加强应急救援队伍建设和物资储备，强化值班值守和信息报送，一旦发生突发事件，确保第一时间响应、第一时间处置，最大限度减少损失。", ["应急管理", "值班值守"], nil),
        ("全面从严治党永远在路上。各级党组织要切实扛起管党治党政治责任，主要负责同志要履行好第一责任人职责，坚持把党风廉政建设同业务工作一起谋划、一起部署、一起落实、一起检查。", ["党风廉政", "责任落实"], nil),
        ("要驰而不息纠治“四风”，坚决反对形式主义、官僚主义，严格落实中央八项规定精神，坚决整治群众身边的不正之风和腐败问题，以优良作风凝聚党心民心。", ["作风建设", "党风廉政"], nil),
        ("各级领导干部要带头深入基层、深入群众，大兴调查研究之风，多到困难多、矛盾多的地方去，摸清实情、找准症结，拿出切实可行的解决办法。", ["调查研究"], nil),
        (
            "我们也要清醒看到，工作中还存在一些问题和不足：一些干部思想观念不够解放，干事创业的劲头不足；一些工作推进不平衡，落实还不够到位；服务群众的能力和水平还需进一步提高。对这些问题，必须高度重视，认真加以解决。",
            ["问题短板"], nil
        ),
        ("各单位主要负责同志要切实履行第一责任人职责，亲自研究部署、亲自协调推进，分管负责同志要各司其职、各负其责，形成一级抓一级、层层抓落实的工作格局。", ["组织领导", "责任落实"], nil),
        ("参加培训的同志要珍惜难得的学习机会，端正学习态度，严守培训纪律，做到学有所思、学有所悟、学有所得，切实把学习成果转化为推动工作的实际能力。", ["学习培训", "作风建设"], nil),
        ("先进典型是鲜活的榜样。这次受到表彰的先进集体和先进个人，是广大干部职工中的优秀代表，他们立足岗位、默默奉献，用实际行动诠释了对事业的忠诚和担当。", ["先进表彰"], nil),
        ("要大力宣传先进典型的事迹和精神，在全系统形成学习先进、崇尚先进、争当先进的浓厚氛围，引导广大干部职工见贤思齐，以先进为榜样，立足本职岗位建功立业。", ["先进表彰", "队伍建设"], nil),
        ("要进一步统一思想、提高认识，深刻认识做好这项工作的重大意义，切实把思想和行动统一到上级的决策部署上来，增强做好工作的责任感和紧迫感。", ["思想认识"], nil),
        ("干部队伍的素质决定着工作的质量和效率。要坚持以人为本，加强教育管理，整顿纪律作风，努力造就一支政治合格、业务精通、纪律严明、能够担当重任的干部队伍。", ["队伍建设", "作风建设"], office),
        ("我们欢迎各地的企业家来投资兴业，将坚持以最优的服务、最好的环境、最大的诚意，为企业发展提供全方位保障，真正让企业安心、放心、舒心。", ["经济发展", "服务意识"], nil),
    ]
}
