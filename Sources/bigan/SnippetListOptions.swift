import ArgumentParser
import BiganLibrary

/// `--kind`, `--limit` and `--json`, and how a list of snippets is printed: shared by `search`
/// and `snippets`.
struct SnippetListOptions: ParsableArguments {
    @Option(help: "Only snippets of this kind: paragraph, opening, transition, closing or set.")
    var kind: String?

    @Option(help: "At most this many results.")
    var limit = 20

    @Flag(help: "Print the results as JSON (see CLI.md).")
    var json = false

    func validate() throws {
        if limit < 1 { throw ValidationError("--limit must be at least 1.") }
    }

    var snippetKind: SnippetKind? {
        get throws { try kind.map(SnippetKind.named) }
    }

    /// JSON, or the hits wrapped for the terminal with `searchTerms` highlighted.
    func print(_ hits: [SnippetHit], searchTerms: [String] = [], whenEmpty: String) throws {
        if json { return try JSONOutput.print(hits) }
        guard !hits.isEmpty else { return Swift.print(whenEmpty) }
        let formatter = SnippetFormatter(width: Terminal.columns, ansi: Terminal.standardOutputIsTerminal)
        Swift.print(hits.map { formatter.format($0, searchTerms: searchTerms) }.joined(separator: "\n\n"))
    }
}
