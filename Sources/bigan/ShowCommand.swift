import ArgumentParser
import BiganText

struct ShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one snippet: its text, heading path, every source with its line, and its neighbours."
    )

    @Argument(help: "The snippet id, as search prints it.")
    var id: Int64

    @Flag(help: "Print the snippet as JSON.")
    var json = false

    @OptionGroup var libraryOptions: LibraryOptions

    func run() async throws {
        let library = try await libraryOptions.open()
        let detail = try await library.detail(id: id)
        try await library.close()
        guard let detail else {
            throw BiganError(file: library.location, "no snippet #\(id) in this library")
        }
        if json {
            try JSONOutput.print(detail)
        } else {
            print(SnippetFormatter(width: Terminal.columns, ansi: Terminal.standardOutputIsTerminal).format(detail))
        }
    }
}
