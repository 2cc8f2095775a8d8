import ArgumentParser
import BiganLibrary
import BiganThemes

struct ThemesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "themes",
        abstract: "List the themes snippets are tagged with: name, snippet count and cue words.",
        discussion: """
            The themes come from the bundled Data/themes.yaml and, when it exists, your own \
            $XDG_CONFIG_HOME/bigan/themes.yaml (~/.config/bigan/themes.yaml), which adds, overrides or \
            disables themes. Run `bigan retag` after editing it.
            """
    )

    @Flag(help: "Print the list as JSON (see CLI.md).")
    var json = false

    @OptionGroup var libraryOptions: LibraryOptions

    struct Listing: Encodable {
        var name: String
        var count: Int
        var keywords: [String]
        var description: String
    }

    func run() async throws {
        let taxonomy = try ThemeTaxonomy.load()
        let counts = Dictionary(
            try await libraryOptions.withLibrary { try await $0.themeCounts() }.map {
                ($0.name, $0.count)
            },
            uniquingKeysWith: +)
        let listings = taxonomy.themes.map {
            Listing(name: $0.name, count: counts[$0.name] ?? 0, keywords: $0.keywords, description: $0.description)
        }
        if json {
            try JSONOutput.print(listings)
            return
        }
        for listing in listings {
            print("\(listing.name)  \(listing.count) 条  \(listing.description)")
            print("    " + listing.keywords.prefix(12).joined(separator: " "))
        }
        print("\n主题表：" + taxonomy.sources.joined(separator: " + "))
    }
}
