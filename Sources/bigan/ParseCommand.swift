import ArgumentParser
import BiganIntake
import BiganOutline

struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Print the outline recovered from one .txt or .docx file (the library is not touched)."
    )

    @Argument(help: "A .txt (UTF-8, UTF-16, GB18030) or .docx file.")
    var file: String

    @Flag(help: "Print the structure as JSON (see CLI.md).")
    var json = false

    @Option(help: "The snippet library (accepted for symmetry; parse never opens it).")
    var library: String?

    func run() throws {
        let path = RawArguments.paths([file])[0]  // a GBK name reaches its file
        let document = try SpeechReader().read(SourceFile.read(at: path))
        if json {
            try JSONOutput.print(document)
        } else {
            print(OutlineDump(document).render(), terminator: "")
        }
    }
}
