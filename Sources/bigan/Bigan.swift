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
            TemplatesCommand.self,
            DraftCommand.self,
        ]
    )

    /// Runs the command; help and parse errors come out in Chinese (`ParserWords`), errors on
    /// stderr as `Error: …`, help and the version on stdout.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
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
