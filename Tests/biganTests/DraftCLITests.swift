import BiganCompose
import Foundation
import Testing

@testable import bigan

@Suite struct DraftCLITests {
    static let tianshui = ["--region", "天水市", "--year", "2026"]

    @Test func draftOptionsParse() throws {
        let command = try DraftCommand.parse(
            ["--occasion", "总结表彰会", "--role", "市长", "--org", "市政府办公室", "--seed", "9", "--json", "--sources"]
                + Self.tianshui)
        #expect(command.occasion == "总结表彰会" && command.role == "市长" && command.org == "市政府办公室")
        #expect(command.region == "天水市" && command.year == 2026 && command.seed == 9)
        #expect(command.json && command.sources && command.out == nil)
        #expect(throws: (any Error).self) { try DraftCommand.parse(["--role", "市长"]) }
    }

    @Test func templatesListsTheOccasionsAsJSON() throws {
        let result = try BiganProcess.run(["templates", "--json"])
        #expect(result.status == 0)
        let entries = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(entries.count >= 8)
        let summary = try #require(entries.first { $0["occasion"] as? String == "总结表彰会" })
        #expect(summary["file"] as? String == "Templates/总结表彰会.yaml")
        let path = try #require(summary["path"] as? String)
        #expect(path.hasSuffix("/Templates/总结表彰会.yaml") && FileManager.default.fileExists(atPath: path))
        #expect((summary["parts"] as? [String]) == ["salutation", "opening", "transition", "body", "closing"])
    }

    @Test func aDraftPrintsJSONWithoutTheSourcesSpecifics() throws {
        let result = try BiganProcess.run(["draft", "--occasion", "总结表彰会", "--role", "市长", "--json"] + Self.tianshui)
        #expect(result.status == 0, "\(result.stderr)")
        let draft = try JSONDecoder().decode(Draft.self, from: Data(result.stdout.utf8))
        #expect(draft.blocks.first?.type == .salutation)
        #expect(draft.blocks.filter { $0.type == .heading && $0.level == 1 }.count >= 2)
        for leak in ["20xx", "&;", "平凉", "黑龙江", "杨秘书长", "史厅长", "{年份}", "{地区}"] {
            #expect(!result.stdout.contains(leak), "\(leak)")
        }
        #expect(result.stdout.contains("天水"))
    }

    @Test func theSeedDecidesTheDraft() throws {
        let arguments = ["draft", "--occasion", "工作部署会", "--role", "局长"] + Self.tianshui
        let first = try BiganProcess.run(arguments + ["--seed", "4"])
        let again = try BiganProcess.run(arguments + ["--seed", "4"])
        let other = try BiganProcess.run(arguments + ["--seed", "5"])
        #expect(first.status == 0 && !first.stdout.isEmpty)
        #expect(first.stdout == again.stdout)
        #expect(first.stdout != other.stdout)
        #expect(!first.stdout.contains("我代表市政府"))
    }

    @Test func aDraftGoesToAMarkdownFileWithItsSources() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("draft-\(UUID().uuidString).md")
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try BiganProcess.run(
            ["draft", "--occasion", "办公室系统会议", "--role", "秘书长", "--sources", "--out", out.path] + Self.tianshui)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("{姓名}"))
        let markdown = try String(contentsOf: out, encoding: .utf8)
        #expect(markdown.hasPrefix("# 在"))
        #expect(markdown.contains("\n同志们：\n"))
        #expect(markdown.contains("[^1]: "))
    }

    @Test func anOutputNeverReplacesTheLibraryAnInputOrAnExistingFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let library = folder.appendingPathComponent("same.md").path
        let imported = try BiganProcess.run(["import", "--json", "--library", library, BiganProcess.seedPath])
        #expect(imported.status == 0, "\(imported.stderr)")
        let outline = folder.appendingPathComponent("提纲.md").path
        try "一、抓好安全生产\n二、抓好民生实事\n".write(toFile: outline, atomically: true, encoding: .utf8)
        let existing = folder.appendingPathComponent("旧稿.md").path
        try "旧稿".write(toFile: existing, atomically: true, encoding: .utf8)
        let link = folder.appendingPathComponent("link.md").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: library)
        let draft = ["draft", "--occasion", "总结表彰会", "--role", "市长", "--library", library] + Self.tianshui
        let before = try Data(contentsOf: URL(fileURLWithPath: library))
        for (out, extra, message) in [
            (library, ["--force"], "片段库文件本身"), (link, ["--force"], "片段库文件本身"),
            (outline, ["--outline", outline, "--force"], "本命令读取的文件"), (existing, [], "--force"),
        ] {
            let result = try BiganProcess.run(draft + extra + ["--out", out])
            #expect(result.status != 0, "\(out)")
            #expect(result.stderr.contains(message), "\(result.stderr)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: library)) == before)
        #expect(try String(contentsOfFile: existing, encoding: .utf8) == "旧稿")
        #expect(try String(contentsOfFile: outline, encoding: .utf8).hasPrefix("一、抓好安全生产"))
        let forced = try BiganProcess.run(draft + ["--force", "--out", existing])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try String(contentsOfFile: existing, encoding: .utf8).hasPrefix("# "))
    }

    @Test func steeringOptionsParse() throws {
        let command = try DraftCommand.parse(
            ["--occasion", "工作部署会", "--role", "局长", "--outline", "提纲.txt", "--exclude-source", "a.txt"]
                + ["--exclude-source", "b.docx", "--prefer-source", "c.txt"])
        #expect(command.outline == "提纲.txt")
        #expect(command.excludeSources == ["a.txt", "b.docx"] && command.preferSources == ["c.txt"])
    }

    @Test func anOutlineKeepsTheWritersHeadings() throws {
        let outline = FileManager.default.temporaryDirectory.appendingPathComponent("提纲-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: outline) }
        let headings = [
            "一、提高政治站位，深刻认识做好安全生产工作的极端重要性", "（一）坚持人民至上、生命至上", "（二）统筹发展和安全",
            "二、聚焦重点行业领域，扎实开展隐患排查整治", "（一）道路交通和消防安全", "（二）建筑施工和城镇燃气安全",
            "三、压紧压实安全生产责任，确保各项措施落到实处",
        ]
        try headings.joined(separator: "\n").write(to: outline, atomically: true, encoding: .utf8)
        let result = try BiganProcess.run(
            ["draft", "--occasion", "安全生产工作会议", "--role", "市长", "--outline", outline.path, "--json"]
                + Self.tianshui)
        #expect(result.status == 0, "\(result.stderr)")
        let draft = try JSONDecoder().decode(Draft.self, from: Data(result.stdout.utf8))
        let drafted = draft.blocks.filter { $0.type == .heading }
        #expect(drafted.map(\.text) == headings)
        #expect(drafted.map(\.level) == [1, 2, 2, 1, 2, 2, 1])
        #expect(draft.blocks.first?.type == .salutation && draft.blocks.last?.part == .closing)
    }

    @Test func anExcludedSourceGivesNoParagraph() throws {
        let arguments = ["draft", "--occasion", "办公室系统会议", "--role", "秘书长", "--json"] + Self.tianshui
        func files(_ result: BiganProcess.Result) throws -> [String] {
            #expect(result.status == 0, "\(result.stderr)")
            let draft = try JSONDecoder().decode(Draft.self, from: Data(result.stdout.utf8))
            return draft.blocks.compactMap(\.source?.file)
        }
        // The file the draft leans on most, named as a writer would: by its name alone.
        let used = try files(BiganProcess.run(arguments))
        let counts = Dictionary(used.map { ($0, 1) }, uniquingKeysWith: +)
        let most = try #require(counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key)
        let name = URL(fileURLWithPath: most).lastPathComponent
        let excluded = try files(BiganProcess.run(arguments + ["--exclude-source", name]))
        #expect(!excluded.isEmpty)
        #expect(!excluded.contains { $0.hasSuffix(name) })
    }

    @Test func anUnknownOccasionIsAnError() throws {
        let result = try BiganProcess.run(["draft", "--occasion", "联欢会", "--role", "市长"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("Error:"))
        #expect(result.stderr.contains("联欢会"))
    }

    @Test func aBrokenUserTemplateNamesItsFileAndLine() throws {
        let config = FileManager.default.temporaryDirectory.appendingPathComponent("bigan-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: config) }
        let folder = config.appendingPathComponent("bigan/templates")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("mine.yaml")
        try "occasion: 我的会\ntitle: 讲话\nparts:\n  - salutation\n  - preface: [开场]\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let result = try BiganProcess.run(["templates"], environment: ["XDG_CONFIG_HOME": config.path])
        // Skipped with a warning naming file and line; the bundled occasions are still listed.
        #expect(result.status == 0)
        #expect(result.stderr.contains("\(file.path):5: 警告：没有 'preface' 这个键"), "\(result.stderr)")
        #expect(result.stdout.contains("总结表彰会") && !result.stdout.contains("我的会"))
    }

    /// One theme catalogue for every command: a user template that uses a user theme is listed by
    /// `templates` and drafts, as it would have to for `draft`.
    @Test func aUserTemplateMayUseAUserTheme() throws {
        let config = FileManager.default.temporaryDirectory.appendingPathComponent("bigan-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: config) }
        let folder = config.appendingPathComponent("bigan/templates")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "themes:\n  - name: 档案管理\n    cues: {档案: 4, 归档: 3}\n"
            .write(to: config.appendingPathComponent("bigan/themes.yaml"), atomically: true, encoding: .utf8)
        try """
        occasion: 档案工作会议
        title: 在{会议名称}上的讲话
        meeting: 全市档案工作会议
        parts:
          - salutation
          - body:
              - heading: 做好档案管理工作
                themes: [档案管理, 督查落实]
                paragraphs: 1
              - heading: 狠抓工作落实
                themes: [督查落实]
                paragraphs: 1
          - closing: [谢谢大家！]
        """.write(to: folder.appendingPathComponent("档案.yaml"), atomically: true, encoding: .utf8)
        let environment = ["XDG_CONFIG_HOME": config.path]
        let templates = try BiganProcess.run(["templates"], environment: environment)
        #expect(templates.status == 0, "\(templates.stderr)")
        #expect(templates.stdout.contains("档案工作会议"))
        let draft = try BiganProcess.run(
            ["draft", "--occasion", "档案工作会议", "--role", "市长"] + Self.tianshui, environment: environment)
        #expect(draft.status == 0, "\(draft.stderr)")
        #expect(draft.stdout.contains("做好档案管理工作"))
    }

    /// A relative XDG_CONFIG_HOME is invalid and ignored by every command alike: the user's
    /// folder under HOME is read instead.
    @Test func aRelativeConfigHomeIsIgnoredEverywhere() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("bigan-home-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: home) }
        let folder = home.appendingPathComponent(".config/bigan/templates")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try
            "occasion: 家里的会\ntitle: 讲话\nparts:\n  - salutation\n  - body:\n      - themes: [督查落实]\n        paragraphs: 1\n      - themes: [作风建设]\n        paragraphs: 1\n"
            .write(to: folder.appendingPathComponent("home.yaml"), atomically: true, encoding: .utf8)
        let result = try BiganProcess.run(
            ["templates"], environment: ["XDG_CONFIG_HOME": "relative/config", "HOME": home.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("家里的会"))
    }
}
