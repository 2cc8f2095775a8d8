import ArgumentParser
import BiganIntake
import BiganOutline

struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "显示从一个 .txt 或 .docx 文件中识别出的提纲结构（不改动片段库）。"
    )

    @Argument(help: "一个 .txt（UTF-8、UTF-16、GB18030）或 .docx 文件。")
    var file: String

    @Flag(help: "以 JSON 输出结构（见 CLI.md）。")
    var json = false

    @Option(help: "片段库（为与其他命令一致而接受；parse 不打开它）。")
    var library: String?

    func validate() throws {
        try LibraryOptions.validate(library)
    }

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
