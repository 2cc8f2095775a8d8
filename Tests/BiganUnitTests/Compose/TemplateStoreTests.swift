import Foundation
import Testing

@testable import BiganCompose
@testable import BiganText

/// Broken template and role files are skipped with their file and line; the rest still drafts.
@Suite final class TemplateStoreTests {
    let configHome: URL

    init() throws {
        configHome = FileManager.default.temporaryDirectory.appendingPathComponent("bigan-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: configHome.appendingPathComponent("templates"), withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: configHome)
    }

    func write(_ name: String, _ text: String) throws -> String {
        let url = configHome.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    func load() throws -> TemplateStore {
        try TemplateStore.load(
            resources: ComposeFixtures.resources, configHome: configHome, knownThemes: ComposeFixtures.themes)
    }

    @Test func aBrokenUserTemplateIsSkippedAndItsOccasionGivesItsError() throws {
        let path = try write("templates/坏.yaml", "occasion: 坏会\ntitle: 讲话\nparts:\n  - salutation\n  - preface: [开场]\n")
        let store = try load()
        #expect(store.templates.count == ComposeFixtures.store.templates.count)
        #expect(store.problems.map(\.file) == [path])
        #expect(store.problems.first?.line == 5)
        #expect(throws: Never.self) { try store.template(for: "总结表彰会") }
        for name in ["坏会", "坏"] {
            let error = #expect(throws: BiganError.self) { try store.template(for: name) }
            #expect(error?.file == path && error?.line == 5)
        }
    }

    @Test func aGoodUserTemplateReplacesABrokenOneOfTheSameOccasion() throws {
        _ = try write("templates/a.yaml", "occasion: 总结表彰会\ntitle: [讲话\n")
        let store = try load()
        #expect(store.problems.count == 1)
        #expect(throws: Never.self) { try store.template(for: "总结表彰会") }
    }

    @Test func aBrokenRolesFileIsSkipped() throws {
        let path = try write("roles.yaml", "- name: 处长\n  tone: 低沉\n")
        let store = try load()
        #expect(store.roles.map(\.name) == ComposeFixtures.store.roles.map(\.name))
        #expect(store.problems.first?.file == path)
        #expect(store.problems.first?.message.contains("已跳过") == true)
    }

    @Test func bundledTemplatesAreNamedByTheirRealPath() {
        for template in ComposeFixtures.store.templates {
            #expect(FileManager.default.fileExists(atPath: template.file), "\(template.file)")
        }
    }

    /// Templates/README.md lists exactly the themes the bundled templates use, and each exists.
    @Test func theTemplatesReadmeNamesOnlyThemesThatExist() throws {
        let readme = try String(
            contentsOf: ComposeFixtures.resources.templates.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "The bundled templates use:"))
        let end = try #require(readme[start.upperBound...].firstIndex(of: "."))
        let listed = readme[start.upperBound..<end].split(whereSeparator: { ", \n".contains($0) }).map(String.init)
        #expect(Set(listed).isSubset(of: ComposeFixtures.themes), "\(Set(listed).subtracting(ComposeFixtures.themes))")
        let used = Set(ComposeFixtures.store.templates.flatMap(\.themes))
        #expect(Set(listed) == used, "\(Set(listed).symmetricDifference(used))")
        for line in readme.split(separator: "\n") where line.contains("themes: [") {
            let names = line.split(separator: "[")[1].split(separator: "]")[0].split(separator: ",")
            for name in names.map({ $0.trimmingCharacters(in: .whitespaces) }) {
                #expect(ComposeFixtures.themes.contains(name), "README names \(name)")
            }
        }
    }

    @Test(arguments: [26, 1948, 2101, 3026])
    func aYearOutsideTheRangeIsRefused(_ year: Int) {
        let request = DraftRequest(occasion: "总结表彰会", role: "市长", year: year)
        let error = #expect(throws: BiganError.self) { try request.validate() }
        #expect(error?.message.contains("1949") == true)
    }
}
