import Foundation
import Testing

@testable import BiganCompose
@testable import BiganText

@Suite struct TemplateLoaderTests {
    static let bundledFiles: [String] = {
        let folder = ComposeFixtures.resources.templates.path
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".yaml") }
            .sorted()
    }()

    @Test(arguments: bundledFiles)
    func bundledTemplateIsValid(file: String) throws {
        let url = ComposeFixtures.resources.templates.appendingPathComponent(file)
        let template = try TemplateLoader(knownThemes: ComposeFixtures.themes).load(contentsOf: url, file: file)
        #expect(template.parts.map(\.name) == template.parts.map(\.name).sorted())
        #expect(template.partNames.contains("body"))
        #expect((2...8).contains(template.bodySections.count))
        #expect(!template.themes.isEmpty)
        #expect(file == template.occasion + ".yaml")
    }

    @Test func theRequiredOccasionsAreBundled() {
        let occasions = Set(ComposeFixtures.store.templates.map(\.occasion))
        for occasion in ["总结表彰会", "工作部署会", "动员大会", "座谈会", "推进会", "政务公开工作会议", "党风廉政建设工作会议", "安全生产工作会议"] {
            #expect(occasions.contains(occasion), "missing \(occasion)")
        }
    }

    @Test func aliasesFindTheirTemplate() throws {
        #expect(try ComposeFixtures.store.template(for: "工作会议").occasion == "工作部署会")
        #expect(throws: BiganError.self) { try ComposeFixtures.store.template(for: "联欢会") }
    }

    static let valid = """
        occasion: 测试会
        title: 在{会议名称}上的讲话
        parts:
          - salutation
          - opening:
              - 今天召开{会议名称}。
          - transition: 下面，我讲{要点数}点意见。
          - body:
              - heading: 第一部分
                themes: [督查落实]
              - heading: [第二部分, 第二部分之二]
                themes: [作风建设]
          - closing:
              - "{结束语}"
        """

    @Test func aValidTemplateReadsAllItsParts() throws {
        let template = try TemplateLoader(knownThemes: ComposeFixtures.themes).load(yaml: Self.valid, file: "t.yaml")
        #expect(template.partNames == ["salutation", "opening", "transition", "body", "closing"])
        #expect(template.bodySections.map(\.themes) == [["督查落实"], ["作风建设"]])
        #expect(template.bodySections[1].heading?.options == ["第二部分", "第二部分之二"])
        #expect(template.meeting.options == ["{范围}测试会"])
    }

    /// A broken template, the line the error must name, and words the message must hold.
    static let broken: [(yaml: String, line: Int, message: String)] = [
        (valid.replacingOccurrences(of: "  - transition:", with: "  - preface:"), 7, "没有 'preface' 这个键"),
        (valid.replacingOccurrences(of: "  - salutation", with: "  - greeting"), 4, "没有 'greeting' 这个部分"),
        (valid.replacingOccurrences(of: "今天召开{会议名称}。", with: "今天召开{会场}。"), 6, "没有 {会场} 这个待填项"),
        (valid.replacingOccurrences(of: "themes: [作风建设]", with: "themes: [作风]"), 12, "没有主题 '作风'"),
        (valid.replacingOccurrences(of: "今天召开{会议名称}。", with: "今天召开{会议名称。"), 6, "不成对"),
        (valid.replacingOccurrences(of: "themes: [督查落实]", with: "themes: [督查落实"), 11, "YAML 格式有误"),
        (valid.replacingOccurrences(of: "occasion: 测试会\n", with: ""), 1, "缺少 'occasion'"),
        (valid.replacingOccurrences(of: "    themes: [督查落实]", with: "    theme: [督查落实]"), 10, "没有 'theme' 这个键"),
        (
            valid.replacingOccurrences(of: "  - closing:\n      - \"{结束语}\"", with: "  - opening: 又一段。"), 13,
            "'opening' 必须在 'body' 之前"
        ),
    ]

    @Test(arguments: broken.indices)
    func brokenTemplateErrorNamesFileAndLine(case index: Int) {
        let (yaml, line, message) = Self.broken[index]
        do {
            _ = try TemplateLoader(knownThemes: ComposeFixtures.themes).load(yaml: yaml, file: "Templates/测试会.yaml")
            Issue.record("no error for case \(index)")
        } catch let error as BiganError {
            #expect(error.file == "Templates/测试会.yaml")
            #expect(error.line == line, "\(error)")
            #expect(error.message.contains(message), "\(error)")
            #expect(error.description.hasPrefix("Templates/测试会.yaml:\(line): "))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func withoutAThemeListAnyThemeIsAccepted() throws {
        let yaml = Self.valid.replacingOccurrences(of: "themes: [作风建设]", with: "themes: [新主题]")
        let template = try TemplateLoader(knownThemes: nil).load(yaml: yaml, file: "t.yaml")
        #expect(template.themes.contains("新主题"))
    }
}
