import Foundation
import Testing

@testable import bigan

/// `bigan check` as a script sees it: exit 0, 1 or 2, and the JSON of CLI.md.
@Suite struct CheckCLITests {
    static let fixtures = BiganProcess.packageRoot.appendingPathComponent("Tests/BiganUnitTests/Fixtures/Check")
    static let tianshui = ["--region", "天水市", "--year", "2026", "--role", "市长"]

    static func fixture(_ name: String) -> String { fixtures.appendingPathComponent(name).path }

    /// A library holding the speech the fixtures were adapted from, made once for the suite.
    static let library: String = {
        let path = BiganProcess.sandbox.appendingPathComponent("check-\(UUID().uuidString).sqlite").path
        let result = try! BiganProcess.run(["import", fixture("library"), "--library", path, "--json"])
        precondition(result.status == 0, result.stderr)
        return path
    }()

    @Test func checkOptionsParse() throws {
        let command = try CheckCommand.parse(
            ["讲话.docx", "--min-run", "20", "--final", "--json", "--org", "天水市应急管理局"] + Self.tianshui)
        #expect(command.file == "讲话.docx" && command.region == "天水市" && command.year == 2026)
        #expect(command.role == "市长" && command.org == "天水市应急管理局" && command.minRun == 20)
        #expect(command.final && command.json)
        #expect(try CheckCommand.parse(["讲话.txt"]).minRun == 15)
        #expect(throws: (any Error).self) { try CheckCommand.parse([]) }
        #expect(throws: (any Error).self) { try CheckCommand.parse(["讲话.txt", "--min-run", "1"]) }
    }

    @Test func aStaleFactExitsOneAndTheJSONHasTheContractsShape() throws {
        let result = try BiganProcess.run(
            ["check", Self.fixture("seeded.txt"), "--json", "--library", Self.library] + Self.tianshui)
        #expect(result.status == 1, "\(result.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(Set(report.keys) == ["file", "findings", "copiedShare", "summary"])
        #expect((report["file"] as? String)?.hasSuffix("seeded.txt") == true)
        let findings = try #require(report["findings"] as? [[String: Any]])
        for finding in findings {
            #expect(Set(finding.keys) == ["kind", "line", "text", "why", "source"], "\(finding)")
        }
        let kinds = Set(findings.compactMap { $0["kind"] as? String })
        #expect(
            kinds == [
                "place", "year", "level", "figure", "person", "placeholder", "copied", "numbering", "punctuation",
                "repeat",
            ])
        let copied = try #require(findings.first { $0["kind"] as? String == "copied" })
        let source = try #require(copied["source"] as? [String: Any])
        #expect((source["file"] as? String)?.hasSuffix("平凉市安全生产工作会议讲话.txt") == true)
        #expect(source["line"] as? Int == 11)
        #expect(findings.first { $0["kind"] as? String == "place" }?["source"] is NSNull)
        let share = try #require(report["copiedShare"] as? Double)
        #expect(share > 0.1 && share < 0.3)
        let summary = try #require(report["summary"] as? [String: Any])
        #expect((summary["counts"] as? [String: Int])?["place"] == 1)
        #expect(summary["stale"] as? Int == 4)
    }

    @Test func aCleanSpeechExitsZeroAndSaysSoInChinese() throws {
        let result = try BiganProcess.run(
            ["check", Self.fixture("clean.txt"), "--final", "--library", Self.library] + Self.tianshui)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("没有发现问题"))
        #expect(result.stdout.contains("退出码 0"))
    }

    @Test func theHumanOutputNamesEachFindingWithItsLine() throws {
        let result = try BiganProcess.run(
            ["check", Self.fixture("seeded.txt"), "--library", Self.library] + Self.tianshui,
            environment: ["COLUMNS": "60"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("第6行  【地名】平凉市"))
        #expect(result.stdout.contains("雷同比例："))
        #expect(result.stdout.contains("小结：过时信息 4 处"))
        for line in result.stdout.split(separator: "\n") {
            #expect(DisplayWidth.columns(of: line) <= 60, "\(line)")
        }
    }

    @Test func aGapFailsOnlyWithFinal() throws {
        let folder = BiganProcess.sandbox.appendingPathComponent("gap-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let speech = folder.appendingPathComponent("讲话.txt")
        try "同志们：\n　　{单位}要抓好落实，【待补：本市数据】。\n".write(to: speech, atomically: true, encoding: .utf8)
        let draft = try BiganProcess.run(["check", speech.path, "--library", Self.library] + Self.tianshui)
        #expect(draft.status == 0, "\(draft.stdout)")
        let final = try BiganProcess.run(["check", speech.path, "--final", "--library", Self.library] + Self.tianshui)
        #expect(final.status == 1)
        #expect(final.stdout.contains("待补 2 处"))
    }

    @Test(arguments: [
        ["check", "/nonexistent/讲话.txt"],
        ["check", "讲话.pdf"],
        ["check", "讲话.txt", "--year", "明年"],
        ["check", "讲话.txt", "--no-such-option"],
        ["check"],
    ])
    func anErrorExitsTwo(arguments: [String]) throws {
        let result = try BiganProcess.run(arguments)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("Error:"))
        #expect(result.stdout.isEmpty)
    }

    @Test func anUnknownRegionIsAnErrorNamingIt() throws {
        let result = try BiganProcess.run(
            ["check", Self.fixture("clean.txt"), "--region", "天水国", "--library", Self.library])
        #expect(result.status == 2)
        #expect(result.stderr.contains("天水国"))
    }

    @Test func aDraftBiganComposedForTianshuiChecksCleanForTianshui() throws {
        let folder = BiganProcess.sandbox.appendingPathComponent("draft-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let docx = folder.appendingPathComponent("讲话.docx").path
        let draft = try BiganProcess.run(
            ["draft", "--occasion", "总结表彰会", "--role", "市长", "--region", "天水市", "--year", "2026", "--out", docx])
        #expect(draft.status == 0, "\(draft.stderr)")
        let check = try BiganProcess.run(["check", docx, "--json"] + Self.tianshui)
        #expect(check.status == 0, "\(check.stdout)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any])
        let summary = try #require(report["summary"] as? [String: Any])
        #expect(summary["stale"] as? Int == 0)
        #expect((summary["gaps"] as? Int ?? 0) > 0, "the draft's placeholders are gaps")
        #expect((report["copiedShare"] as? Double ?? 0) > 0.3)
        let final = try BiganProcess.run(["check", docx, "--final"] + Self.tianshui)
        #expect(final.status == 1)
    }
}
