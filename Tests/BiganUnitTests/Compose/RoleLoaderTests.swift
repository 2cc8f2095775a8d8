import Foundation
import Testing

@testable import BiganCompose
@testable import BiganText

@Suite struct RoleLoaderTests {
    @Test(arguments: ["市长", "副市长", "秘书长", "局长", "厅长", "主任", "书记", "县长", "区长"])
    func bundledRoleHasAVoice(name: String) throws {
        let role = try ComposeFixtures.store.role(named: name)
        #expect(!role.speaksFor.isEmpty && !role.selfReference.isEmpty && !role.scope.isEmpty)
        #expect(role.closing.options.allSatisfy { !$0.hasPrefix("同志们") })
        #expect(role.salutation.options.allSatisfy { $0.hasSuffix("：") })
    }

    @Test func whoSpeaksAfterOthers() throws {
        #expect(try ComposeFixtures.store.role(named: "市长").speaksAfterOthers)
        #expect(try !ComposeFixtures.store.role(named: "秘书长").speaksAfterOthers)
    }

    @Test(arguments: [("市长", "市政府"), ("局长", "局党组"), ("厅长", "厅党组"), ("秘书长", "市政府办公室"), ("书记", "市委")])
    func eachRoleSpeaksForItsOwnBody(name: String, body: String) throws {
        #expect(try ComposeFixtures.store.role(named: name).speaksFor == body)
    }

    @Test func aRoleFileErrorNamesTheLine() {
        let yaml =
            "- name: 处长\n  speaksFor: 处里\n  selfReference: 我处\n  scope: 全处\n  audience: 全处同志\n  leadership: 局党组\n  closing: 谢谢。\n  tone: 低沉\n"
        #expect {
            try RoleLoader().load(yaml: yaml, file: "roles.yaml")
        } throws: { error in
            (error as? BiganError)?.line == 8 && (error as? BiganError)?.message.contains("没有 'tone' 这个键") == true
        }
    }

    @Test func aVoiceOutsideTheListNamesTheLineAndTheChoices() {
        let yaml =
            "- name: 处长\n  speaksFor: 处里\n  selfReference: 我处\n  scope: 全处\n  audience: 全处同志\n  leadership: 局党组\n  closing: 谢谢。\n  voice: 低沉\n"
        #expect {
            try RoleLoader().load(yaml: yaml, file: "roles.yaml")
        } throws: { error in
            (error as? BiganError)?.line == 8
                && (error as? BiganError)?.message.contains("government、department、office") == true
        }
    }

    @Test func aRoleWithoutWhoItSpeaksForIsRejected() {
        #expect {
            try RoleLoader().load(yaml: "- name: 处长\n  scope: 全处\n", file: "roles.yaml")
        } throws: { error in
            (error as? BiganError)?.message.contains("缺少 'speaksFor'") == true
        }
    }

    @Test func userTemplatesAndRolesAddToAndReplaceTheBundledOnes() throws {
        let config = try #require(Bundle.module.url(forResource: "Fixtures/Compose/config", withExtension: nil))
        let store = try TemplateStore.load(
            resources: ComposeFixtures.resources, configHome: config, knownThemes: ComposeFixtures.themes)
        let replaced = try store.template(for: "总结表彰会")
        #expect(replaced.file.hasSuffix("templates/总结表彰会.yaml"))
        #expect(replaced.bodySections.count == 2)
        #expect(store.templates.count == ComposeFixtures.store.templates.count)
        #expect(try store.role(named: "处长").speaksFor == "处党支部")
        #expect(try store.role(named: "市长").speaksFor == "市政府")
    }

    @Test func aBrokenUserTemplateIsReportedWithItsPath() throws {
        let config = FileManager.default.temporaryDirectory.appendingPathComponent("bigan-config-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: config) }
        let templates = config.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        let file = templates.appendingPathComponent("坏.yaml")
        try TemplateLoaderTests.valid.replacingOccurrences(of: "[作风建设]", with: "[不存在的主题]")
            .write(to: file, atomically: true, encoding: .utf8)
        let store = try TemplateStore.load(
            resources: ComposeFixtures.resources, configHome: config, knownThemes: ComposeFixtures.themes)
        let error = try #require(store.problems.first)
        #expect(error.file == file.path && error.line == 12 && error.message.contains("不存在的主题"))
        #expect(throws: error) { try store.template(for: "测试会") }
    }
}
