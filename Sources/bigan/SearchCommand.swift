import ArgumentParser
import BiganLibrary
import BiganThemes

struct SearchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "查找同时含有所有检索词的片段（一两个字的词也能查）。",
        discussion: """
            用空格分开的各个词都须出现；标题中出现的排在前面。重复的词只查一次；\
            最多查 \(SearchQuery.maximumTerms) 个词，每个词最多 \(SearchQuery.maximumTermLength) 个字。
            """
    )

    @Argument(help: "要查找的词，如 督查、服务意识。")
    var query: [String] = []

    @Option(help: "只要标注了这个主题的片段（见 bigan themes）。")
    var theme: String?

    @OptionGroup var list: SnippetListOptions
    @OptionGroup var libraryOptions: LibraryOptions

    func validate() throws {
        if query.isEmpty { throw ValidationError("请给出要查找的词。") }
    }

    func run() async throws {
        let themeName = try theme.map { try LibraryOptions.loadTaxonomy().resolve($0).name }
        let search = SearchQuery(
            query.joined(separator: " "), theme: themeName, kind: try list.snippetKind, limit: list.limit)
        if let note = search.bounds.note { LibraryOptions.note("bigan：" + note) }
        let hits = try await libraryOptions.open().search(search)
        try list.print(
            hits, searchTerms: search.searchedTerms,
            whenEmpty: "没有找到包含“\(search.searchedTerms.joined(separator: " "))”的片段。")
    }
}
