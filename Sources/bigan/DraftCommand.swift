import ArgumentParser
import BiganCompose
import BiganDesk
import BiganIntake
import BiganOutline
import BiganText
import BiganThemes
import Foundation

struct DraftCommand: AsyncParsableCommand {
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
    @Option(
        help: "Your own 提纲 (a .txt or .docx of headings with markers): its headings replace the template's body.",
        completion: .file(extensions: ["txt", "docx"]))
    var outline: String?
    @Option(name: .customLong("exclude-source"), help: "Never use paragraphs from this source file (repeatable).")
    var excludeSources: [String] = []
    @Option(name: .customLong("prefer-source"), help: "Prefer paragraphs from this source file (repeatable).")
    var preferSources: [String] = []
    @Option(help: "Write to FILE.md or FILE.docx instead of printing Markdown.") var out: String?
    @Flag(help: "Overwrite the --out file if it exists.") var force = false
    @Flag(help: "Print the draft's structure as JSON (see CLI.md).") var json = false
    @Flag(help: "List where each library paragraph came from.") var sources = false
    @OptionGroup var libraryOptions: LibraryOptions

    func validate() throws {
        if let out, !DraftOutput.Format.allCases.contains(where: { out.lowercased().hasSuffix($0.rawValue) }) {
            throw ValidationError("--out 的文件名须以 .md 或 .docx 结尾")
        }
    }

    func run() async throws {
        try DraftOutput.refuseOverwrite(
            out, force: force, library: libraryOptions.location.path, inputs: [outline].compactMap { $0 })
        let resources = try ResourceLocator.locate()
        let annotator = try ThemeAnnotator.load()
        let library = try await libraryOptions.open(annotator: annotator)
        let composer = try DraftComposer.standard(
            catalog: library, resources: resources, configHome: ConfigHome().configFolder,
            taxonomy: annotator.tagger.taxonomy)
        let thisYear = Calendar(identifier: .gregorian).component(.year, from: Date())
        let draft = try await composer.compose(
            DraftRequest(
                occasion: occasion, role: role, org: org, region: region, year: year ?? thisYear, meeting: meeting,
                seed: seed,
                outline: try outline.map {
                    WriterOutline(try SpeechReader().read(SourceFile.read(at: RawArguments.paths([$0])[0])))
                },
                excludedSources: excludeSources, preferredSources: preferSources))
        try DraftOutput(json: json, sources: sources).write(draft, to: out)
    }
}
