import Foundation
import Testing

/// What a writer meets every day, through the built binary: Chinese help and errors, validation
/// with suggestions, honest counts, bounds, recovered mistakes and terminal-safe names.
@Suite final class EverydayUseCLITests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("bigan-ux-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    var library: String { folder.appendingPathComponent("library.sqlite").path }

    /// A library holding the seed file.
    func seededLibrary() throws -> String {
        let result = try BiganProcess.run(["import", BiganProcess.seedPath, "--library", library, "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        return library
    }

    func write(_ name: String, _ text: String) throws -> URL {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url
    }

    @Test func versionAndHelpAreChinese() throws {
        let version = try BiganProcess.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.hasPrefix("bigan "))
        for arguments in [["--help"], ["search", "--help"], ["draft", "--help"], ["import", "--help"]] {
            let help = try BiganProcess.run(arguments)
            #expect(help.status == 0)
            #expect(help.stdout.contains("显示帮助。"), "\(arguments)")
            for english in ["Show help information", "Print ", "The snippet library", "(default:"] {
                #expect(!help.stdout.contains(english), "\(arguments): \(english)")
            }
        }
    }

    @Test(arguments: [
        (["search"], "请给出要查找的词"),
        (["search", "--limt", "3", "督查"], "没有选项 '--limt'，是不是 '--limit'"),
        (["draft", "--role", "市长"], "缺少参数 '--occasion <occasion>'"),
        (["draft", "--occasion", "总结表彰会", "--role", "市长", "--year", "abc"], "'--year <year>' 的取值 'abc' 无效"),
        (["draft", "--occasion", "总结表彰会", "--role", "市长", "--year", "26"], "须在 1949 到 2100 之间"),
        (["draft", "--occasion", "总结表彰会", "--role", "市长", "--year", "3026"], "须在 1949 到 2100 之间"),
        (["search", "督查", "--library", ""], "--library 不能为空"),
        (["search", "督查", "--limit", "100000000", "--json"], "--limit 最多为 1000"),
        (["stats", "--library", ""], "--library 不能为空"),
        (["parse", BiganProcess.seedPath, "--library", ""], "--library 不能为空"),
    ])
    func argumentMistakesAreRefusedInChinese(_ arguments: [String], _ message: String) throws {
        let result = try BiganProcess.run(arguments)
        #expect(result.status != 0)
        #expect(result.stderr.hasPrefix("Error: "), "\(result.stderr)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func unknownNamesAreErrorsWithSuggestions() throws {
        let library = try seededLibrary()
        let cases: [([String], String)] = [
            (["search", "督查", "--theme", "督察落实"], "没有“督察落实”这个主题；是不是要用：督查落实"),
            (["snippets", "--theme", "督察落实"], "没有“督察落实”这个主题；是不是要用：督查落实"),
            (["search", "督查", "--kind", "paragrph"], "没有“paragrph”这种片段；是不是要用：paragraph"),
            (["draft", "--occasion", "总结表彰", "--role", "市长"], "没有“总结表彰”这个会议场合的模板；是不是要用：总结表彰会"),
            (["draft", "--occasion", "总结表彰会", "--role", "是长"], "没有“是长”这个讲话人身份；是不是要用：市长"),
        ]
        for (arguments, message) in cases {
            let result = try BiganProcess.run(arguments + ["--library", library])
            #expect(result.status == 1, "\(arguments)")
            #expect(result.stderr.hasPrefix("Error: ") && result.stderr.contains(message), "\(result.stderr)")
        }
        let chineseKind = try BiganProcess.run(["search", "督查", "--kind", "正文段落", "--library", library, "--json"])
        #expect(chineseKind.status == 0, "\(chineseKind.stderr)")
    }

    @Test func aFolderWithNothingImportableFails() throws {
        _ = try write("nothing/report.pdf", "%PDF-1.4")
        let path = folder.appendingPathComponent("nothing").path
        for json in [false, true] {
            let result = try BiganProcess.run(["import", path, "--library", library] + (json ? ["--json"] : []))
            #expect(result.status == 1)
            #expect(result.stderr.contains("没有可导入的文件"), "\(result.stderr)")
        }
    }

    @Test func importFailuresGoToStandardErrorAsErrors() throws {
        let empty = try write("in/empty.txt", "")
        _ = try write("in/good.txt", try String(contentsOfFile: BiganProcess.seedPath, encoding: .utf8))
        let result = try BiganProcess.run(["import", folder.appendingPathComponent("in").path, "--library", library])
        #expect(result.status == 1)
        #expect(result.stderr.contains("Error: \(empty.path): 文件是空的"), "\(result.stderr)")
        #expect(!result.stdout.contains("文件是空的"))
        #expect(result.stdout.contains("失败 1"))
    }

    @Test func retagSaysWhatItCounts() throws {
        let library = try seededLibrary()
        let stats =
            try JSONSerialization.jsonObject(
                with: Data(try BiganProcess.run(["stats", "--json", "--library", library]).stdout.utf8))
            as? [String: Any]
        let snippets = try #require(stats?["snippets"] as? Int)
        let tagged = try #require(stats?["taggedSnippets"] as? Int)
        let result = try BiganProcess.run(["retag", "--library", library])
        #expect(result.status == 0)
        #expect(result.stdout.contains("全部 \(snippets) 个片段：其中 \(tagged) 个片段有主题"), "\(result.stdout)")
    }

    @Test func showPrintsASetsItemsOnce() throws {
        let library = try seededLibrary()
        let list = try BiganProcess.run(["snippets", "--kind", "set", "--limit", "1", "--json", "--library", library])
        let sets = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        let set = try #require(sets.first)
        let id = try #require(set["id"] as? Int)
        let items = try #require(set["items"] as? [String])
        let result = try BiganProcess.run(["show", "\(id)", "--library", library])
        #expect(result.status == 0)
        for item in items {
            #expect(result.stdout.components(separatedBy: item).count - 1 == 1, "\(item) in \(result.stdout)")
        }
    }

    @Test func tablesLineUpByDisplayWidthAndShowRealPaths() throws {
        let result = try BiganProcess.run(["templates"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count > 5)
        // The path column starts at the same display column on every line, and the file is there.
        let starts = Set(
            lines.dropFirst().map { line -> Int in
                let slash = line.firstIndex(of: "/")!
                return line[..<slash].reduce(0) { $0 + (($1.unicodeScalars.first!.value >= 0x1100) ? 2 : 1) }
            })
        #expect(starts.count == 1, "\(result.stdout)")
        for line in lines.dropFirst() {
            let path = String(line[line.firstIndex(of: "/")!...])
            #expect(FileManager.default.fileExists(atPath: path), "\(path)")
        }
        let roles = try BiganProcess.run(["templates", "--roles"])
        #expect(!roles.stdout.contains("\t"))
    }

    @Test func aBrokenUserTemplateIsSkippedExceptWhenAskedFor() throws {
        let config = folder.appendingPathComponent("config")
        let template = try write(
            "config/bigan/templates/坏会.yaml",
            "occasion: 坏会\ntitle: 讲话\nparts:\n  - salutation\n  - body:\n      - themes: [督察落实]\n        paragraphs: 1\n      - themes: [作风建设]\n        paragraphs: 1\n"
        )
        let library = try seededLibrary()
        let environment = ["XDG_CONFIG_HOME": config.path]
        let good = try BiganProcess.run(
            ["draft", "--occasion", "总结表彰会", "--role", "市长", "--library", library], environment: environment)
        #expect(good.status == 0, "\(good.stderr)")
        #expect(good.stderr.contains("\(template.path):6: 警告：没有主题 '督察落实'"), "\(good.stderr)")
        #expect(good.stdout.contains("同志们"))
        let bad = try BiganProcess.run(
            ["draft", "--occasion", "坏会", "--role", "市长", "--library", library], environment: environment)
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("Error: \(template.path):6: 没有主题 '督察落实'"), "\(bad.stderr)")
    }

    @Test func aBrokenThemeFileIsSkippedAndATypoWarns() throws {
        let config = folder.appendingPathComponent("config")
        let themes = try write("config/bigan/themes.yaml", "themes:\n  - name: 督查落实\n    cues: {跟踪问效: abc}\n")
        let library = try seededLibrary()
        let environment = ["XDG_CONFIG_HOME": config.path]
        let broken = try BiganProcess.run(
            ["snippets", "--theme", "督查落实", "--library", library, "--json"], environment: environment)
        #expect(broken.status == 0, "\(broken.stderr)")
        #expect(broken.stderr.contains("\(themes.path):3: 警告："), "\(broken.stderr)")
        _ = try write("config/bigan/themes.yaml", "themes:\n  - name: 督察落实\n    cues: {跟踪问效: 3}\n")
        let typo = try BiganProcess.run(["themes", "--library", library], environment: environment)
        #expect(typo.status == 0)
        #expect(typo.stderr.contains("\(themes.path):2: 警告：没有名为“督察落实”的主题"), "\(typo.stderr)")
        #expect(typo.stderr.contains("督查落实"))
    }

    @Test func controlCharactersInNamesAreEscaped() throws {
        let name = "bad\u{1B}]0;owned\u{7}\u{1B}[2Jname.txt"
        let file = try write("in/" + name, "")
        let result = try BiganProcess.run(["import", file.path, "--library", library])
        #expect(result.status == 1)
        #expect(!result.stderr.contains("\u{1B}") && !result.stdout.contains("\u{1B}"))
        #expect(result.stderr.contains("bad\\x1B]0;owned\\x07\\x1B[2Jname.txt"), "\(result.stderr)")
        let parse = try BiganProcess.run(["parse", file.path])
        #expect(parse.status == 1 && !parse.stderr.contains("\u{1B}"))
        let library = try seededLibrary()
        let search = try BiganProcess.run(["search", "\u{1B}[31m无此词", "--library", library])
        #expect(search.status == 0 && search.stdout.contains("\\x1B[31m无此词"), "\(search.stdout)")
        #expect(!search.stdout.contains("\u{1B}"))
    }

    @Test func aQueryIsBoundedAndSaysSo() throws {
        let library = try seededLibrary()
        let words = (0..<200).map { _ in "督查" } + (0..<100).map { String(UnicodeScalar(0x4E00 + $0)!) }
        let result = try BiganProcess.run(["search", "--library", library, "--json"] + words)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("重复的 199 个词只查一次"), "\(result.stderr)")
        #expect(result.stderr.contains("只查前 32 个"), "\(result.stderr)")
    }

    @Test func anEndlessParagraphIsSplit() throws {
        let file = try write("one.txt", String(repeating: "好", count: 20_000))
        let result = try BiganProcess.run(["parse", file.path, "--json"])
        #expect(result.status == 0)
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let blocks = (document["speeches"] as? [[String: Any]] ?? []).flatMap { $0["blocks"] as? [[String: Any]] ?? [] }
        let texts = blocks.compactMap { $0["text"] as? String }
        #expect(texts.count >= 7 && texts.allSatisfy { $0.count <= 3000 })
        #expect(texts.joined().count == 20_000)
        let diagnostics = document["diagnostics"] as? [[String: Any]] ?? []
        #expect(diagnostics.contains { ($0["message"] as? String)?.contains("已拆成") == true })
    }
}
