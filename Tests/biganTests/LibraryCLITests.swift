import Foundation
import Testing

/// The library commands through the built binary: exit codes, stdout, stderr.
@Suite final class LibraryCLITests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("bigan-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    var library: String { folder.appendingPathComponent("library.sqlite").path }

    func json(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    func write(_ name: String, _ data: Data) throws {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    /// Runs bigan through the shell, so arguments can carry bytes that are not UTF-8 (`printf`).
    func shell(_ script: String) throws -> BiganProcess.Result {
        try BiganProcess.run(
            ["-c", "cd \"$1\" && B=\"$0\" && " + script, BiganProcess.executable.path, folder.path],
            shell: true)
    }

    @Test func gbkAndEscapeNamesImportByFileAndByFolderAndShowDecoded() throws {
        let gbk = "in/$(printf '\\275\\262\\273\\260').txt"
        let made = try shell(
            "mkdir -p in && printf '讲话的段落讲督查落实。\\n' > \"\(gbk)\" && "
                + "printf '另一篇讲廉洁自律。\\n' > \"$(printf 'in/esc\\033[31mred.txt')\"")
        #expect(made.status == 0, "\(made.stderr)")
        let byFolder = try shell("\"$B\" import --library lib.sqlite in")
        #expect(byFolder.status == 0, "\(byFolder.stderr)")
        #expect(byFolder.stdout.contains("导入 2"))
        let byFile = try shell("\"$B\" import --json --library lib.sqlite \"\(gbk)\"")
        #expect(byFile.status == 0, "\(byFile.stderr)")
        #expect(try (json(byFile.stdout) as? [String: Any])?["unchanged"] as? Int == 1)
        let found = try shell("\"$B\" search --library lib.sqlite 督查 && \"$B\" search --library lib.sqlite 廉洁")
        #expect(found.stdout.contains("in/讲话.txt:1"), "\(found.stdout)")
        #expect(found.stdout.contains("in/esc\\x1B[31mred.txt:1"), "\(found.stdout)")
        #expect(!found.stdout.contains("\u{1B}[31m"))
        let missing = try shell("\"$B\" import --library lib.sqlite \"$(printf 'in/\\377.txt')\"")
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("Error: in/\\xFF.txt"), "\(missing.stderr)")
    }

    @Test func aBatchWithBadFilesFailsButImportsTheGoodFile() throws {
        try write("in/good.txt", try Data(contentsOf: URL(fileURLWithPath: BiganProcess.seedPath)))
        try write("in/empty.txt", Data())
        try write("in/random.txt", Data((0..<3000).map { _ in UInt8.random(in: 0...255) }))
        try write("in/broken.docx", Data("PK\u{3}\u{4}broken".utf8))
        try write("in/truncated.txt", Data(Array("政务公开工作".utf8).dropLast()))
        let result = try BiganProcess.run([
            "import", folder.appendingPathComponent("in").path, "--library", library, "--json",
        ])
        #expect(result.status != 0)
        let summary = try #require(try json(result.stdout) as? [String: Any])
        let failed = (summary["failed"] as? [[String: String]] ?? []).compactMap { $0["file"] }
        #expect(
            Set(failed.map { URL(fileURLWithPath: $0).lastPathComponent })
                == ["empty.txt", "random.txt", "broken.docx", "truncated.txt"])
        #expect(summary["imported"] as? Int == 1)
        let search = try BiganProcess.run(["search", "政务公开", "--library", library, "--json"])
        let hits = try #require(try json(search.stdout) as? [[String: Any]])
        #expect(!hits.isEmpty)
        #expect(hits.allSatisfy { ($0["source"] as? [String: Any])?["file"] as? String != nil })
    }

    @Test func importTwiceThenSearchShowAndStats() throws {
        let first = try BiganProcess.run(["import", BiganProcess.seedPath, "--library", library, "--json"])
        #expect(first.status == 0)
        let second = try BiganProcess.run(["import", BiganProcess.seedPath, "--library", library, "--json"])
        let summary = try #require(try json(second.stdout) as? [String: Any])
        #expect(summary["unchanged"] as? Int == 1 && summary["snippets"] as? Int == 0)
        let search = try BiganProcess.run(["search", "督查", "--library", library, "--json", "--limit", "5"])
        let hits = try #require(try json(search.stdout) as? [[String: Any]])
        #expect(!hits.isEmpty && hits.count <= 5)
        for hit in hits {
            #expect((hit["text"] as? String)?.contains("督查") == true)
            #expect(Set(hit.keys).isSuperset(of: ["id", "kind", "text", "headingPath", "themes", "source", "score"]))
        }
        let id = try #require(hits.first?["id"] as? Int)
        let show = try BiganProcess.run(["show", "\(id)", "--library", library, "--json"])
        let detail = try #require(try json(show.stdout) as? [String: Any])
        #expect((detail["sources"] as? [[String: Any]])?.first?["line"] as? Int != nil)
        let stats = try BiganProcess.run(["stats", "--library", library])
        #expect(stats.status == 0 && stats.stdout.contains(library))
    }

    @Test func humanSearchOutputIsWrappedAtDisplayWidth() throws {
        _ = try BiganProcess.run(["import", BiganProcess.seedPath, "--library", library])
        let result = try BiganProcess.run(["search", "政务公开", "--library", library], environment: ["COLUMNS": "60"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("【政务公开】"))
        for line in result.stdout.split(separator: "\n") {
            let columns = line.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x2E80 ? 2 : 1) }
            #expect(columns <= 60, "\(line)")
        }
    }

    @Test func theDefaultLibraryIsBuiltInXDGDataHome() throws {
        let result = try BiganProcess.run(
            ["search", "服务", "--json"], environment: ["XDG_DATA_HOME": folder.path, "BIGAN_LIBRARY": ""])
        #expect(result.status == 0)
        let hits = try #require(try json(result.stdout) as? [[String: Any]])
        #expect(!hits.isEmpty)
        let path = folder.appendingPathComponent("bigan/library.sqlite").path
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(result.stderr.contains(path))
    }

    @Test func aLibraryThatIsNotSQLiteIsRefusedAndUntouched() throws {
        try write("notes.txt", Data("一份普通的文本。\n".utf8))
        let path = folder.appendingPathComponent("notes.txt").path
        let result = try BiganProcess.run(["search", "文本", "--library", path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("Error: \(path): 不是 SQLite 数据库"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data("一份普通的文本。\n".utf8))
    }

    @Test func bigan_LIBRARYIsHonoured() throws {
        let result = try BiganProcess.run(["import", BiganProcess.seedPath], environment: ["BIGAN_LIBRARY": library])
        #expect(result.status == 0)
        #expect(FileManager.default.fileExists(atPath: library))
    }
}
