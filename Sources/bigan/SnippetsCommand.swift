import ArgumentParser
import BiganThemes

struct SnippetsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snippets",
        abstract: "列出标注了某个主题的片段，最贴切的在前，并注明据以标注的提示词。",
        discussion: "给了 --kind 时可以不给 --theme，如 bigan snippets --kind set。"
    )

    @Option(help: "主题名（见 bigan themes），如 督查落实。")
    var theme: String?

    @OptionGroup var list: SnippetListOptions
    @OptionGroup var libraryOptions: LibraryOptions

    func validate() throws {
        if theme == nil && list.kind == nil { throw ValidationError("请给出 --theme 或 --kind（也可两个都给）。") }
    }

    func run() async throws {
        let annotator = try LibraryOptions.loadAnnotator()
        let name = try theme.map { try annotator.tagger.taxonomy.resolve($0).name }
        let hits = try await libraryOptions.open(annotator: annotator)
            .snippets(theme: name, kind: try list.snippetKind, limit: list.limit)
        try list.print(hits, whenEmpty: "没有找到符合条件的片段。")
    }
}
