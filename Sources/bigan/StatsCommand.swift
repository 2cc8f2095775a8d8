import ArgumentParser

struct StatsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "统计片段库的内容，并说明它存放在哪里。"
    )

    @Flag(help: "以 JSON 输出统计。")
    var json = false

    @OptionGroup var libraryOptions: LibraryOptions

    func run() async throws {
        let stats = try await libraryOptions.open().stats()
        if json {
            try JSONOutput.print(stats)
        } else {
            print(stats.report)
        }
    }
}
