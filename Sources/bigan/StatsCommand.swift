import ArgumentParser

struct StatsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count what the snippet library holds and say where it lives."
    )

    @Flag(help: "Print the counts as JSON.")
    var json = false

    @OptionGroup var libraryOptions: LibraryOptions

    func run() async throws {
        let stats = try await libraryOptions.withLibrary { try await $0.stats() }
        if json {
            try JSONOutput.print(stats)
        } else {
            print(stats.report)
        }
    }
}
