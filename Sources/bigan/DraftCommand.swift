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
        abstract: "按场合模板、讲话人身份和片段库生成讲话稿初稿。"
    )

    @Option(help: "会议场合（见 bigan templates），如 总结表彰会。") var occasion: String
    @Option(help: "讲话人身份（见 bigan templates --roles），如 市长、局长。") var role: String
    @Option(help: "讲话人所在单位，如 天水市住房和城乡建设局（不给则留 {单位} 待填）。") var org: String?
    @Option(help: "讲话针对的地区，如 天水市（不给则留 {地区} 待填）。") var region: String?
    @Option(help: "讲话所在年份，1949 至 2100（默认今年）。") var year: Int?
    @Option(help: "会议名称（默认用模板里的）。") var meeting: String?
    @Option(help: "换一个数换一篇稿子；同一个数得到同一篇。") var seed: UInt64 = 1
    @Option(
        help: "自己的提纲（带一、（一）等序号的 .txt 或 .docx）：用其中的标题代替模板的正文部分。",
        completion: .file(extensions: ["txt", "docx"]))
    var outline: String?
    @Option(name: .customLong("exclude-source"), help: "不用这个来源文件里的段落（可多次给出）。")
    var excludeSources: [String] = []
    @Option(name: .customLong("prefer-source"), help: "优先用这个来源文件里的段落（可多次给出）。")
    var preferSources: [String] = []
    @Option(help: "写入 文件.md 或 文件.docx，而不是在屏幕上输出 Markdown。") var out: String?
    @Flag(help: "--out 指定的文件已存在时覆盖它。") var force = false
    @Flag(help: "以 JSON 输出稿子的结构（见 CLI.md）。") var json = false
    @Flag(help: "列出每个取自片段库的段落的出处。") var sources = false
    @OptionGroup var libraryOptions: LibraryOptions

    func validate() throws {
        if let year, !DraftRequest.years.contains(year) {
            throw ValidationError(
                "--year \(year) 不对：须在 \(DraftRequest.years.lowerBound) 到 \(DraftRequest.years.upperBound) 之间，写全四位数，如 2026。"
            )
        }
        if let out, !DraftOutput.Format.allCases.contains(where: { out.lowercased().hasSuffix($0.rawValue) }) {
            throw ValidationError("--out 的文件名须以 .md 或 .docx 结尾")
        }
    }

    func run() async throws {
        try DraftOutput.refuseOverwrite(
            out, force: force, library: libraryOptions.location.path, inputs: [outline].compactMap { $0 })
        let resources = try ResourceLocator.locate()
        let annotator = try LibraryOptions.loadAnnotator()
        let library = try await libraryOptions.open(annotator: annotator)
        let composer = try DraftComposer.standard(
            catalog: library, resources: resources, configHome: ConfigHome().configFolder,
            taxonomy: annotator.tagger.taxonomy)
        Warnings.print(composer.problems)
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
