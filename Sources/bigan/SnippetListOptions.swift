import BiganText
import ArgumentParser
import BiganLibrary

/// `--kind`, `--limit` and `--json`, and how a list of snippets is printed: shared by `search`
/// and `snippets`.
struct SnippetListOptions: ParsableArguments {
    @Option(help: "只要这类片段：paragraph（正文段落）、opening（开头）、transition（过渡）、closing（结尾）或 set（排比标题组）。")
    var kind: String?

    @Option(help: "最多列出多少条。")
    var limit = 20

    @Flag(help: "以 JSON 输出结果（见 CLI.md）。")
    var json = false

    /// More results than anyone reads; a larger --limit would print the whole library.
    static let maximumLimit = 1000

    func validate() throws {
        if limit < 1 { throw ValidationError("--limit 至少为 1。") }
        if limit > Self.maximumLimit { throw ValidationError("--limit 最多为 \(Self.maximumLimit)。") }
    }

    var snippetKind: SnippetKind? {
        get throws { try kind.map(SnippetKind.named) }
    }

    /// JSON, or the hits wrapped for the terminal with `searchTerms` highlighted.
    func print(_ hits: [SnippetHit], searchTerms: [String] = [], whenEmpty: String) throws {
        if json { return try JSONOutput.print(hits) }
        guard !hits.isEmpty else { return Swift.print(VisibleText.escaped(whenEmpty)) }
        let formatter = SnippetFormatter(width: Terminal.columns, ansi: Terminal.standardOutputIsTerminal)
        Swift.print(hits.map { formatter.format($0, searchTerms: searchTerms) }.joined(separator: "\n\n"))
    }
}
