import ArgumentParser
import BiganThemes

struct SnippetsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snippets",
        abstract: "List the snippets tagged with a theme, best first, with the cue words that tagged them.",
        discussion: "`--theme` may be left out when `--kind` is given, e.g. `bigan snippets --kind set`."
    )

    @Option(help: "A theme from `bigan themes`, e.g. 督查落实.")
    var theme: String?

    @OptionGroup var list: SnippetListOptions
    @OptionGroup var libraryOptions: LibraryOptions

    func validate() throws {
        if theme == nil && list.kind == nil { throw ValidationError("Give --theme, --kind or both.") }
    }

    func run() async throws {
        let annotator = try ThemeAnnotator.load()
        let name = try theme.map { try annotator.tagger.taxonomy.resolve($0).name }
        let kind = try list.snippetKind
        let hits = try await libraryOptions.withLibrary(annotator: annotator) {
            try await $0.snippets(theme: name, kind: kind, limit: list.limit)
        }
        try list.print(hits, whenEmpty: "没有找到符合条件的片段。")
    }
}
