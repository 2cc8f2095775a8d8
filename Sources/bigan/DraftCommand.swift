import ArgumentParser
import BiganKit
import Foundation

struct DraftCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "draft",
        abstract: "Compose a speech draft from an occasion template, a speaker role and the snippet library."
    )

    @Option(help: "The occasion (see `bigan templates`), e.g. 总结表彰会.") var occasion: String
    @Option(help: "The speaker (see `bigan templates --roles`), e.g. 市长, 局长.") var role: String
    @Option(help: "The speaker's office, e.g. 天水市住房和城乡建设局 (else {单位} is left to fill).") var org: String?
    @Option(help: "The place the speech is for, e.g. 天水市 (else {地区} is left to fill).") var region: String?
    @Option(help: "The year the speech is given in (default: this year).") var year: Int?
    @Option(help: "The meeting's name (default: the template's).") var meeting: String?
    @Option(help: "Another seed gives another draft; the same seed the same draft.") var seed: UInt64 = 1
    @Option(help: "Write to FILE.md or FILE.docx instead of printing Markdown.") var out: String?
    @Flag(help: "Print the draft's structure as JSON (see CLI.md).") var json = false
    @Flag(help: "List where each library paragraph came from.") var sources = false
    @Option(help: "The snippet library (default: $BIGAN_LIBRARY, else ~/.local/share/bigan/library.sqlite).")
    var library: String?

    func run() throws {
        let resources = try ResourceLocator.locate()
        let catalog = try DraftCatalog.open(library: library, resources: resources)
        let composer = try DraftComposer.standard(
            catalog: catalog, resources: resources, configHome: TemplateStore.configHome(),
            knownThemes: try TemplateStore.themeNames(inData: resources.data))
        let thisYear = Calendar(identifier: .gregorian).component(.year, from: Date())
        let draft = try composer.compose(
            DraftRequest(
                occasion: occasion, role: role, org: org, region: region, year: year ?? thisYear, meeting: meeting,
                seed: seed))
        try DraftOutput.write(draft, to: out, json: json, sources: sources)
    }
}

/// Where drafts take their snippets from. For now: the bundled `Snippets/` parsed in memory.
enum DraftCatalog {
    static func open(library: String?, resources: ResourceLocator) throws -> any SnippetCatalog {
        try InMemorySnippetCatalog.reading(
            folder: resources.snippets, tagger: KeywordThemeTagger.load(data: resources.data))
    }
}

/// How a draft leaves the program: JSON, Markdown on stdout, or a file.
enum DraftOutput {
    static func write(_ draft: Draft, to out: String?, json: Bool, sources: Bool) throws {
        if !draft.placeholders.isEmpty {
            FileHandle.standardError.write(Data("待填写：\(draft.placeholders.joined(separator: " "))\n".utf8))
        }
        if json { return try JSONOutput.print(draft) }
        let markdown = DraftMarkdown.render(draft) + (sources ? DraftMarkdown.sources(draft) : "")
        guard let out else { return print(markdown, terminator: "") }
        guard out.lowercased().hasSuffix(".md") || !out.lowercased().hasSuffix(".docx") else {
            throw BiganError(file: out, "writing .docx is not available in this build; use a .md file")
        }
        do {
            try markdown.write(toFile: out, atomically: true, encoding: .utf8)
        } catch {
            throw BiganError(file: out, "cannot write the draft")
        }
    }
}
