import ArgumentParser
import BiganImport
import BiganIntake
import BiganThemes
import Foundation

struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import .txt and .docx files and folders into the snippet library.",
        discussion: """
            Folders are read recursively; hidden files and files other than .txt and .docx are skipped. \
            Each file is stored in its own transaction: a file that fails changes nothing and the rest go on. \
            An unchanged file adds nothing; a changed file replaces its earlier version. Ctrl-C stops after the \
            current file. The exit status is non-zero when any file failed.
            """
    )

    @Argument(help: "Files and folders to import.", completion: .file())
    var paths: [String] = []

    @Flag(help: "Print the summary as JSON (see CLI.md); no progress bar.")
    var json = false

    @OptionGroup var libraryOptions: LibraryOptions

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Give at least one file or folder to import.") }
    }

    func run() async throws {
        let annotator = try ThemeAnnotator.load()
        let library = try await libraryOptions.open(create: true, writes: true, annotator: annotator)
        let cancellation = ImportCancellation()
        let interrupt = InterruptHandler(cancellation)
        let bar = !json && Terminal.standardOutputIsTerminal ? ProgressPrinter() : nil
        var progress: (@Sendable (ImportProgress) -> Void)?
        if let bar { progress = { bar.update($0) } }
        let summary = await LibraryImporter(store: library, annotator: annotator).run(
            RawArguments.paths(paths), progress: progress, cancellation: cancellation)
        bar?.finish()
        interrupt.stop()
        if json {
            try JSONOutput.print(summary)
        } else {
            let formatter = SnippetFormatter(width: Terminal.columns, ansi: false)
            for skipped in summary.skipped {
                LibraryOptions.note("bigan: skipped \(formatter.displayPath(skipped.file)): \(skipped.reason)")
            }
            print(summary.report(paths: formatter))
        }
        if summary.cancelled { throw ExitCode(130) }
        if !summary.failed.isEmpty { throw ExitCode.failure }
    }
}
