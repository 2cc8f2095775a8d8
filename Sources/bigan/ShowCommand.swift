import ArgumentParser
import BiganText

struct ShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "显示一个片段：全文、所在标题、每处出处及行号、前后段落。"
    )

    @Argument(help: "片段编号，即 search 结果中 # 后的数字。")
    var id: Int64

    @Flag(help: "以 JSON 输出片段。")
    var json = false

    @OptionGroup var libraryOptions: LibraryOptions

    func run() async throws {
        let library = try await libraryOptions.open()
        guard let detail = try await library.detail(id: id) else {
            throw BiganError(file: library.location, "片段库里没有 #\(id) 号片段")
        }
        if json {
            try JSONOutput.print(detail)
        } else {
            print(SnippetFormatter(width: Terminal.columns, ansi: Terminal.standardOutputIsTerminal).format(detail))
        }
    }
}
