import ArgumentParser
import Foundation

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
            CheckCommand.self,
            ServeCommand.self,
        ]
    )

    /// Runs the command the arguments name. `bigan check` exits 2 on any error, a bad option
    /// included, so that a script can tell an error from a speech with findings (1).
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var command = command as? AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            if CommandLine.arguments.dropFirst().first == "check", code != .success, !(error is ExitCode) {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                exit(withError: ExitCode(2))
            }
            exit(withError: error)
        }
    }
}
