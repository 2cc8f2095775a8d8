import ArgumentParser
import BiganText
import Foundation

@main
struct Bigan: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bigan",
        abstract: "笔杆：把已有的讲话材料整理成可检索的片段库，并按场合、身份生成讲话稿初稿。",
        version: "bigan \(BiganVersion.current)",
        subcommands: [
            ParseCommand.self,
            ImportCommand.self,
            SearchCommand.self,
            ShowCommand.self,
            StatsCommand.self,
            ThemesCommand.self,
            SnippetsCommand.self,
            RetagCommand.self,
            RemoveCommand.self,
            LibraryCommand.self,
            TemplatesCommand.self,
            DraftCommand.self,
            CheckCommand.self,
            ServeCommand.self,
        ]
    )

    /// Runs the command the arguments name; help and parse errors come out in Chinese
    /// (`ParserWords`), errors on stderr as `Error: …`, help and the version on stdout.
    /// `bigan check` exits 2 on any error, a bad option included, so that a script can tell an
    /// error from a speech with findings (1).
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var command = command as? AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch {
            var code = exitCode(for: error)
            if CommandLine.arguments.dropFirst().first == "check", code != .success, !(error is ExitCode) {
                code = ExitCode(2)
            }
            let text =
                (error as? BiganError).map { "Error: " + VisibleText.escaped($0.description) }
                ?? VisibleText.escaped(ParserWords.translate(fullMessage(for: error)), keepingNewlines: true)
            if !text.isEmpty {
                let stream = code == .success ? FileHandle.standardOutput : FileHandle.standardError
                stream.write(Data((text + "\n").utf8))
            }
            Foundation.exit(code.rawValue)
        }
    }
}
