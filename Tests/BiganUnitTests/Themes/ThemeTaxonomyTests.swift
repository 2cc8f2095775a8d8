import Foundation
import Testing

@testable import BiganText
@testable import BiganThemes

/// Loading the bundled taxonomy and a user's own themes.yaml on top of it.
@Suite struct ThemeTaxonomyTests {
    static let required = [
        "政治建设", "思想建设", "作风建设", "党风廉政", "队伍建设", "服务意识", "督查落实", "综合协调", "参谋助手", "调查研究",
        "政务公开", "政务信息", "依法行政", "安全生产", "应急管理", "信访稳定", "民生保障", "经济发展", "改革创新", "项目建设",
        "招商引资", "乡村振兴", "生态环保", "营商环境", "疫情防控", "会务后勤", "文稿起草", "学习培训", "值班值守", "保密工作",
        "机关建设", "先进表彰", "责任落实", "基层治理", "科技创新", "教育", "医疗卫生", "就业", "社会保障", "文化建设",
        "民族宗教", "对外开放", "财政金融", "风险防范", "城乡建设", "交通", "农业农村",
    ]

    func fixture(_ name: String) -> URL {
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures/Themes/\(name)")
    }

    /// A fresh XDG_CONFIG_HOME holding `bigan/themes.yaml` copied from a fixture.
    func configHome(with fixtureName: String) throws -> URL {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("bigan-themes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: home.appendingPathComponent("bigan"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: fixture(fixtureName), to: home.appendingPathComponent("bigan/themes.yaml"))
        return home
    }

    @Test func bundledTaxonomyCoversTheWorkOfGovernmentOffices() throws {
        let taxonomy = try ThemeTaxonomy.load(environment: [:])
        #expect(taxonomy.themes.count >= 35)
        for name in Self.required {
            #expect(taxonomy.theme(named: name) != nil, "missing \(name)")
        }
        #expect(Set(taxonomy.themes.map(\.name)).count == taxonomy.themes.count)
        for theme in taxonomy.themes {
            #expect(!theme.description.isEmpty, "\(theme.name) has no description")
            #expect(theme.keywords.count >= 5, "\(theme.name) has few cues")
        }
        #expect(taxonomy.sources.count == 1)
    }

    @Test func userFileAddsOverridesAndDisables() throws {
        let home = try configHome(with: "user-themes.yaml")
        defer { try? FileManager.default.removeItem(at: home) }
        let bundled = try ThemeTaxonomy.load(environment: [:])
        let taxonomy = try ThemeTaxonomy.load(environment: ["XDG_CONFIG_HOME": home.path])
        #expect(taxonomy.theme(named: "档案管理")?.keywords.contains("档案") == true)
        let oversight = try #require(taxonomy.theme(named: "督查落实"))
        #expect(oversight.cues.contains(ThemeCue("回头看", weight: 3)))
        #expect(!oversight.cues.contains { $0.phrase == "督查" })
        #expect(oversight.cues.contains { $0.phrase == "督促检查" })
        #expect(oversight.description == bundled.theme(named: "督查落实")?.description)
        #expect(taxonomy.theme(named: "值班值守") == nil)
        #expect(taxonomy.themes.count == bundled.themes.count)
        #expect(taxonomy.scoring.threshold == 1.5)
        #expect(taxonomy.sources.last?.hasSuffix("bigan/themes.yaml") == true)
        #expect(taxonomy.fingerprint != bundled.fingerprint)
        let tags = ThemeTagger(taxonomy: taxonomy).tag(text: "做好文件归档和档案整理工作。", headingPath: [])
        #expect(tags.first?.theme == "档案管理")
    }

    @Test func replaceSwapsTheWholeCueList() throws {
        var taxonomy = try ThemeTaxonomy.load(environment: [:])
        try taxonomy.apply(yaml: "themes:\n  - name: 交通\n    replace: true\n    cues: {公交: 4}\n", file: "mine.yaml")
        #expect(taxonomy.theme(named: "交通")?.cues == [ThemeCue("公交", weight: 4)])
        #expect(taxonomy.theme(named: "交通")?.ignore == [])
    }

    /// A mistake in the user's file skips that file with a warning naming file and line; the
    /// bundled themes stay in force.
    @Test func malformedUserFileIsSkippedWithItsFileAndLine() throws {
        let home = try configHome(with: "malformed-themes.yaml")
        defer { try? FileManager.default.removeItem(at: home) }
        let taxonomy = try ThemeTaxonomy.load(environment: ["XDG_CONFIG_HOME": home.path])
        #expect(taxonomy.themes == (try ThemeTaxonomy.load(environment: [:])).themes)
        let warning = try #require(taxonomy.warnings.first)
        #expect(taxonomy.warnings.count == 1)
        #expect(warning.file.hasSuffix("bigan/themes.yaml"))
        #expect(warning.line == 6)
        #expect(warning.description.contains("纪要") && warning.message.contains("已跳过"))
    }

    @Test(arguments: [
        ("themes:\n  - name: 督察落实\n    cues: {跟踪问效: 3}\n", "督查落实"),
        ("themes:\n  - name: 值班值首\n    disabled: true\n", "值班值守"),
        ("themes:\n  - name: 天气预报\n    replace: true\n    cues: {天气: 3}\n", nil),
    ])
    func anOverrideNamingNoThemeWarns(yaml: String, suggestion: String?) throws {
        var taxonomy = try ThemeTaxonomy.load(environment: [:])
        let before = taxonomy.themes.count
        try taxonomy.apply(yaml: yaml, file: "themes.yaml")
        let warning = try #require(taxonomy.warnings.first)
        #expect(warning.file == "themes.yaml" && warning.line == 2)
        #expect(warning.message.contains("没有名为"))
        if let suggestion { #expect(warning.message.contains(suggestion)) }
        #expect(taxonomy.themes.count == before + (yaml.contains("disabled") ? 0 : 1))
    }

    @Test func aNewThemeWithItsOwnDescriptionDoesNotWarn() throws {
        var taxonomy = try ThemeTaxonomy.load(environment: [:])
        try taxonomy.apply(
            yaml: "themes:\n  - name: 档案管理\n    description: 档案工作\n    cues: {档案: 4}\n", file: "themes.yaml")
        #expect(taxonomy.warnings.isEmpty)
        #expect(taxonomy.theme(named: "档案管理") != nil)
    }

    @Test(arguments: [
        ("themes:\n  - name: 档案\n    cues: {档案: 4\n", 4),
        ("themes:\n  - name: 档案\n    cue: {档案: 4}\n", 3),
        ("themes:\n  - name: 档案\n    cues: {档案: 4}\n  - name: 档案\n    cues: {归档: 3}\n", 4),
        ("themes:\n  - name: 档案\n    cues: {档案: 0}\n", 2),
        ("themes:\n  - description: 无名\n    cues: {档案: 4}\n", 2),
        ("scoring:\n  threshold: high\n", 2),
        ("thems: []\n", 1),
    ])
    func invalidFileIsRejectedWithItsLine(yaml: String, line: Int) {
        var taxonomy = ThemeTaxonomy()
        let error = #expect(throws: BiganError.self) { try taxonomy.apply(yaml: yaml, file: "themes.yaml") }
        #expect(error?.file == "themes.yaml")
        #expect(error?.line == line, "\(error?.description ?? "")")
    }

    @Test func userFileLocation() {
        let xdg = ThemeTaxonomy.userFile(environment: ["XDG_CONFIG_HOME": "/tmp/cfg", "HOME": "/home/a"])
        #expect(xdg.path == "/tmp/cfg/bigan/themes.yaml")
        #expect(ThemeTaxonomy.userFile(environment: ["HOME": "/home/a"]).path == "/home/a/.config/bigan/themes.yaml")
        // A relative XDG_CONFIG_HOME is invalid (XDG Base Directory) and ignored, as everywhere.
        #expect(
            ThemeTaxonomy.userFile(environment: ["XDG_CONFIG_HOME": "cfg", "HOME": "/home/a"]).path
                == "/home/a/.config/bigan/themes.yaml")
    }

    @Test func missingUserFileLeavesTheBundle() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("bigan-none-\(UUID().uuidString)")
        let taxonomy = try ThemeTaxonomy.load(environment: ["XDG_CONFIG_HOME": empty.path])
        #expect(taxonomy == (try ThemeTaxonomy.load(environment: [:])))
    }
}

extension ThemeTaxonomyTests {
    @Test func resolveSuggestsThemesForAnUnknownName() throws {
        let taxonomy = try ThemeTaxonomy.load(environment: [:])
        #expect(try taxonomy.resolve("政务公开").name == "政务公开")
        let error = #expect(throws: BiganError.self) { try taxonomy.resolve("督查") }
        #expect(error?.message.contains("督查落实") == true)
        let none = #expect(throws: BiganError.self) { try taxonomy.resolve("天气预报") }
        #expect(none?.message.contains("bigan themes") == true)
    }
}
