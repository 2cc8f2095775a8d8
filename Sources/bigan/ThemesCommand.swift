import BiganText
import ArgumentParser
import BiganLibrary
import BiganThemes

struct ThemesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "themes",
        abstract: "列出片段所标注的主题：名称、片段数和提示词。",
        discussion: """
            主题来自自带的 Data/themes.yaml，以及（如果有）自己的 $XDG_CONFIG_HOME/bigan/themes.yaml \
            （~/.config/bigan/themes.yaml），后者可以增加、改写或停用主题。改过之后请运行 bigan retag。
            """
    )

    @Flag(help: "以 JSON 输出列表（见 CLI.md）。")
    var json = false

    @OptionGroup var libraryOptions: LibraryOptions

    struct Listing: Encodable {
        var name: String
        var count: Int
        var keywords: [String]
        var description: String
    }

    func run() async throws {
        let taxonomy = try LibraryOptions.loadTaxonomy()
        let counts = Dictionary(
            try await libraryOptions.open().themeCounts().map {
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
        let width = listings.map { DisplayWidth.columns(of: $0.name) }.max() ?? 0
        let countWidth = listings.map { "\($0.count)".count }.max() ?? 0
        for listing in listings {
            let name = listing.name + String(repeating: " ", count: width - DisplayWidth.columns(of: listing.name))
            let count = String(repeating: " ", count: countWidth - "\(listing.count)".count) + "\(listing.count)"
            print("\(name)  \(count) 条  \(listing.description)")
            print("    " + listing.keywords.prefix(12).joined(separator: " "))
        }
        print("\n主题表：" + taxonomy.sources.map { VisibleText.escaped($0) }.joined(separator: " + "))
    }
}
