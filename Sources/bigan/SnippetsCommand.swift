import ArgumentParser
import BiganKit

struct SnippetsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snippets",
        abstract: "List the snippets tagged with a theme, best first, with the cue words that tagged them.",
        discussion: "`--theme` may be left out when `--kind` is given, e.g. `bigan snippets --kind set`."
    )

    @Option(help: "A theme from `bigan themes`, e.g. 督查落实.")
    var theme: String?

    @Option(help: "Only snippets of this kind: paragraph, opening, transition, closing or set.")
    var kind: String?

    @Option(help: "At most this many results.")
    var limit = 20

    @Flag(help: "Print the results as JSON (see CLI.md).")
    var json = false

    @OptionGroup var libraryOptions: LibraryOptions

    func validate() throws {
        if theme == nil && kind == nil { throw ValidationError("Give --theme, --kind or both.") }
        if limit < 1 { throw ValidationError("--limit must be at least 1.") }
    }

    func run() throws {
        let annotator = try ThemeAnnotator.load()
        let name = try theme.map { try annotator.tagger.taxonomy.resolve($0).name }
        let hits = try libraryOptions.open(annotator: annotator)
            .snippets(theme: name, kind: try kind.map(SnippetKind.named), limit: limit)
        if json {
            try JSONOutput.print(hits)
            return
        }
        guard !hits.isEmpty else {
            print("没有找到符合条件的片段。")
            return
        }
        let formatter = SnippetFormatter(width: Terminal.columns, ansi: Terminal.standardOutputIsTerminal)
        print(hits.map { formatter.format($0) }.joined(separator: "\n\n"))
    }
}
