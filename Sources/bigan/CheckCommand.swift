import ArgumentParser
import BiganCheck
import BiganCompose
import BiganDesk
import BiganText
import Foundation

struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "检查写好的讲话稿：过时的事实、待补之处、照搬的段落、序号和标点。",
        discussion: """
            退出码：没有发现过时内容为 0，发现了为 1（加 --final 时还有待补之处也为 1），出错为 2。
            """
    )

    @Argument(help: "讲话稿：.docx、.txt 或 .md 文件。", completion: .file(extensions: ["docx", "txt", "md"]))
    var file: String
    @Option(help: "讲话针对的地区，如 天水市（不给则不检查地名）。") var region: String?
    @Option(help: "讲话所在年份，1949 至 2100（不给则只检查 20xx 这类占位）。") var year: Int?
    @Option(help: "讲话人身份（见 bigan templates --roles），如 市长、局长。") var role: String?
    @Option(help: "讲话人所在单位，如 天水市住房和城乡建设局。") var org: String?
    @Option(name: .customLong("min-run"), help: "连续相同多少个汉字才算照搬。")
    var minRun = CheckRequest.defaultMinRun
    @Flag(help: "定稿检查：还有待补之处时退出码为 1。") var final = false
    @Flag(help: "以 JSON 输出检查结果（见 CLI.md）。") var json = false
    @OptionGroup var libraryOptions: LibraryOptions

    func validate() throws {
        if minRun < 2 { throw ValidationError("--min-run 至少为 2") }
        if let year, !DraftRequest.years.contains(year) { throw ValidationError("--year 应是 1949 到 2100 之间的年份") }
    }

    func run() async throws {
        let report: CheckReport
        do {
            let resources = try ResourceLocator.locate()
            let checker = try SpeechChecker.standard(resources: resources)
            if let region { _ = try checker.region(region) }
            let speaker = try role.map {
                Speaker(
                    role: try TemplateStore.load(
                        resources: resources, configHome: ConfigHome().configFolder, knownThemes: nil
                    )
                    .role(named: $0))
            }
            let speech = try CheckedSpeechReader().read(path: file)
            let library = try await libraryOptions.open(concurrentReads: true)
            report = try await checker.check(
                speech,
                request: CheckRequest(region: region, year: year, speaker: speaker, org: org, minRun: minRun),
                library: library)
        } catch {
            LibraryOptions.note("Error: \(error)")
            throw ExitCode(2)
        }
        if json {
            try JSONOutput.print(report)
        } else {
            let ansi = Terminal.standardOutputIsTerminal
            print(CheckFormatter(width: Terminal.columns, ansi: ansi).format(report, final: final))
        }
        throw ExitCode(report.exitStatus(final: final))
    }
}
