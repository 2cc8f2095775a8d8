import Foundation
import Testing

/// `bigan themes` as a user runs it: JSON shape, human text, and a broken user file.
@Suite struct ThemesCommandTests {
    struct Listing: Decodable {
        var name: String
        var count: Int
        var keywords: [String]
    }

    func configHome(_ yaml: String?) throws -> URL {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("bigan-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: home.appendingPathComponent("bigan"), withIntermediateDirectories: true)
        if let yaml {
            try yaml.write(to: home.appendingPathComponent("bigan/themes.yaml"), atomically: true, encoding: .utf8)
        }
        return home
    }

    @Test func jsonListsThemesWithNameCountAndKeywords() throws {
        let home = try configHome(nil)
        let result = try BiganProcess.run(["themes", "--json"], environment: ["XDG_CONFIG_HOME": home.path])
        #expect(result.status == 0)
        let listings = try JSONDecoder().decode([Listing].self, from: Data(result.stdout.utf8))
        #expect(listings.count >= 35)
        #expect(listings.first { $0.name == "督查落实" }?.keywords.contains("督促检查") == true)
    }

    @Test func humanOutputShowsCueWords() throws {
        let home = try configHome("themes:\n  - name: 档案管理\n    description: 档案工作\n    cues: {档案: 4}\n")
        let result = try BiganProcess.run(["themes"], environment: ["XDG_CONFIG_HOME": home.path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("政务公开"))
        #expect(result.stdout.contains("档案管理"))
        #expect(result.stdout.contains("bigan/themes.yaml"))
    }

    /// A broken user file is reported with its file and line and skipped: the bundled themes
    /// still work.
    @Test func brokenUserFileIsReportedWithFileAndLineAndSkipped() throws {
        let home = try configHome("themes:\n  - name: 档案管理\n    cues: {档案: lots}\n")
        let result = try BiganProcess.run(["themes", "--json"], environment: ["XDG_CONFIG_HOME": home.path])
        #expect(result.status == 0)
        let listings = try JSONDecoder().decode([Listing].self, from: Data(result.stdout.utf8))
        #expect(listings.contains { $0.name == "督查落实" } && !listings.contains { $0.name == "档案管理" })
        #expect(result.stderr.contains("bigan/themes.yaml:3: 警告："), "\(result.stderr)")
    }
}
