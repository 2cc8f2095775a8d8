import ArgumentParser
import BiganCheck
import BiganCompose
import BiganDesk
import BiganText
import Foundation

struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a finished speech: stale facts, gaps, copied passages, numbering and punctuation.",
        discussion: """
            Exit status: 0 when nothing stale was found, 1 when something was (or, with --final, a gap \
            is left open), 2 for an error.
            """
    )

    @Argument(help: "The speech: .docx, .txt or .md.", completion: .file(extensions: ["docx", "txt", "md"]))
    var file: String
    @Option(help: "The place the speech is for, e.g. 天水市 (else places are not checked).") var region: String?
    @Option(help: "The year the speech is given in (else only 20xx placeholders are checked).") var year: Int?
    @Option(help: "The speaker (see `bigan templates --roles`), e.g. 市长, 局长.") var role: String?
    @Option(help: "The speaker's office, e.g. 天水市住房和城乡建设局.") var org: String?
    @Option(name: .customLong("min-run"), help: "The fewest Han characters a copied run must have.")
    var minRun = CheckRequest.defaultMinRun
    @Flag(help: "The speech is about to be delivered: gaps left open make the exit status 1.") var final = false
    @Flag(help: "Print the findings as JSON (see CLI.md).") var json = false
    @OptionGroup var libraryOptions: LibraryOptions

    func validate() throws {
        if minRun < 2 { throw ValidationError("--min-run 至少为 2") }
        if let year, !(1949...2100).contains(year) { throw ValidationError("--year 应是 1949 到 2100 之间的年份") }
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
