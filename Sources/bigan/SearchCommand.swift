import ArgumentParser
import BiganLibrary

struct SearchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find snippets whose text holds every query word (one- and two-character words work).",
        discussion: "Words separated by spaces must all occur. Matches in the heading path rank higher."
    )

    @Argument(help: "The words to find, e.g. 督查 or 服务意识.")
    var query: [String] = []

    @Option(help: "Only snippets tagged with this theme.")
    var theme: String?

    @OptionGroup var list: SnippetListOptions
    @OptionGroup var libraryOptions: LibraryOptions

    func validate() throws {
        if query.isEmpty { throw ValidationError("Give the words to search for.") }
    }

    func run() async throws {
        let search = SearchQuery(
            query.joined(separator: " "), theme: theme, kind: try list.snippetKind, limit: list.limit)
        let hits = try await libraryOptions.withLibrary { try await $0.search(search) }
        try list.print(
            hits, searchTerms: search.text.split(separator: " ").map(String.init),
            whenEmpty: "没有找到包含“\(search.text)”的片段。")
    }
}
