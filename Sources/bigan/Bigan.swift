import ArgumentParser

@main
struct Bigan: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bigan",
        abstract: "笔杆 — a snippet library and speech-draft composer for 讲话材料.",
        subcommands: [
            ParseCommand.self,
            ImportCommand.self,
            SearchCommand.self,
            ShowCommand.self,
            StatsCommand.self,
            ThemesCommand.self,
            SnippetsCommand.self,
            RetagCommand.self,
            TemplatesCommand.self,
            DraftCommand.self,
            ServeCommand.self,
        ]
    )
}
