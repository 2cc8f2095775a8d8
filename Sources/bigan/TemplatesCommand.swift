import ArgumentParser
import BiganCompose
import BiganText
import BiganThemes
import Foundation

struct TemplatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "templates",
        abstract: "列出可以生成讲话稿的会议场合（自带的和 $XDG_CONFIG_HOME/bigan/templates 里自己的）。",
        discussion: "加 --roles 则列出讲话人身份（自带的 Data/roles.yaml 和 $XDG_CONFIG_HOME/bigan/roles.yaml）。"
    )

    @Flag(help: "以 JSON 输出（见 CLI.md）。")
    var json = false

    @Flag(help: "列出讲话人身份，而不是会议场合。")
    var roles = false

    @Option(help: "片段库（为与其他命令一致而接受；templates 不打开它）。")
    var library: String?

    struct Entry: Encodable {
        var occasion: String
        /// As CLI.md shows it: `Templates/<name>.yaml` for a bundled template, else the full path.
        var file: String
        /// Where the file really is.
        var path: String
        var parts: [String]
        var aliases: [String]
        var sections: Int
        var length: Int
    }

    struct RoleEntry: Encodable {
        var name: String
        var post: String
        var speaksFor: String
        var aliases: [String]
    }

    func validate() throws {
        try LibraryOptions.validate(library)
    }

    func run() throws {
        let resources = try ResourceLocator.locate()
        let taxonomy = try ThemeTaxonomy.load(resources: resources)
        Warnings.print(taxonomy.warnings)
        let store = try TemplateStore.load(
            resources: resources, configHome: ConfigHome().configFolder, knownThemes: Set(taxonomy.themes.map(\.name)))
        Warnings.print(store.problems)
        if roles {
            let entries = store.roles.map {
                RoleEntry(name: $0.name, post: $0.post, speaksFor: $0.speaksFor, aliases: $0.aliases)
            }
            if json { return try JSONOutput.print(entries) }
            let rows = entries.map { [$0.name, "我代表\($0.speaksFor)", $0.aliases.joined(separator: "、")] }
            return print(TextTable(rows: rows).render())
        }
        let bundled = resources.root.path + "/"
        let entries = store.templates.map {
            Entry(
                occasion: $0.occasion,
                file: $0.file.hasPrefix(bundled) ? String($0.file.dropFirst(bundled.count)) : $0.file,
                path: $0.file, parts: $0.partNames, aliases: $0.aliases, sections: $0.bodySections.count,
                length: $0.targetLength)
        }
        if json { return try JSONOutput.print(entries) }
        let rows = entries.map {
            [$0.occasion, "正文\($0.sections)部分，约\($0.length)字", VisibleText.escaped($0.path)]
        }
        print(TextTable(rows: [["场合", "篇幅", "模板文件"]] + rows).render())
    }
}
