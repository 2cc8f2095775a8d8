import ArgumentParser

struct LibraryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "library",
        abstract: "管理片段库本身。",
        subcommands: [CopyCommand.self]
    )
}
