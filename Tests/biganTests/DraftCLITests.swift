import BiganKit
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
        #expect(result.status != 0)
        #expect(result.stderr.contains("\(file.path):5: unknown key 'preface'"), "\(result.stderr)")
    }
}
