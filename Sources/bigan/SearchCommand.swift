import ArgumentParser
import BiganKit

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find snippets whose text holds every query word (one- and two-character words work).",
        discussion: "Words separated by spaces must all occur. Matches in the heading path rank higher."
    )

    @Argument(help: "The words to find, e.g. 督查 or 服务意识.")
    var query: [String] = []

    @Option(help: "Only snippets tagged with this theme.")
    var theme: String?

    @Option(help: "Only snippets of this kind: paragraph, opening, transition, closing or set.")
    var kind: String?

    @Option(help: "At most this many results.")
    var limit = 20

    @Flag(help: "Print the results as JSON (see CLI.md).")
    var json = false

    @OptionGroup var libraryOptions: LibraryOptions

    func validate() throws {
        if query.isEmpty { throw ValidationError("Give the words to search for.") }
        if limit < 1 { throw ValidationError("--limit must be at least 1.") }
    }

    func run() throws {
        let search = SearchQuery(
            query.joined(separator: " "), theme: theme, kind: try kind.map(SnippetKind.named), limit: limit)
        let hits = try libraryOptions.open().search(search)
        if json {
            try JSONOutput.print(hits)
            return
        }
        guard !hits.isEmpty else {
            print("没有找到包含“\(search.text)”的片段。")
            return
        }
        let formatter = SnippetFormatter(width: Terminal.columns, ansi: Terminal.standardOutputIsTerminal)
        print(
            hits.map { formatter.format($0, searchTerms: search.text.split(separator: " ").map(String.init)) }
                .joined(separator: "\n\n"))
    }
}
