import ArgumentParser
import BiganCompose
import BiganText
import BiganThemes

struct TemplatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "templates",
        abstract: "List the occasions drafts can be composed for (bundled and $XDG_CONFIG_HOME/bigan/templates).",
        discussion:
            "With --roles, list the speaker roles instead (Data/roles.yaml and $XDG_CONFIG_HOME/bigan/roles.yaml)."
    )

    @Flag(help: "Print JSON (see CLI.md).")
    var json = false

    @Flag(help: "List the speaker roles instead of the occasions.")
    var roles = false

    @Option(help: "The snippet library (accepted for symmetry; templates never opens it).")
    var library: String?

    struct Entry: Encodable {
        var occasion: String
        var file: String
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

    func run() throws {
        let resources = try ResourceLocator.locate()
        let store = try TemplateStore.load(
            resources: resources, configHome: ConfigHome().configFolder,
            knownThemes: Set(try ThemeTaxonomy.load(resources: resources).themes.map(\.name)))
        if roles {
            let entries = store.roles.map {
                RoleEntry(name: $0.name, post: $0.post, speaksFor: $0.speaksFor, aliases: $0.aliases)
            }
            if json { return try JSONOutput.print(entries) }
            for role in entries { print("\(role.name)\t我代表\(role.speaksFor)\t\(role.aliases.joined(separator: "、"))") }
            return
        }
        let entries = store.templates.map {
            Entry(
                occasion: $0.occasion, file: $0.file, parts: $0.partNames, aliases: $0.aliases,
                sections: $0.bodySections.count, length: $0.targetLength)
        }
        if json { return try JSONOutput.print(entries) }
        for entry in entries {
            print(
                "\(entry.occasion)\t\(entry.parts.joined(separator: " → "))（正文\(entry.sections)部分，约\(entry.length)字）\t\(entry.file)"
            )
        }
    }
}
