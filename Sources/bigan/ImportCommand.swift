import ArgumentParser
import BiganImport
import BiganIntake
import BiganText
import BiganThemes
import Foundation

struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "把 .txt、.docx 文件和文件夹导入片段库。",
        discussion: """
            文件夹会逐层读入；隐藏文件和 .txt、.docx 以外的文件跳过。每个文件单独存入：出错的文件不改动片段库，\
            其余文件照常导入。内容未变的文件不重复导入；内容变了的文件替换原来的版本。按 Ctrl-C 在当前文件完成后停止。\
            有文件失败，或者没有可导入的文件时，退出码非零。
            """
    )

    @Argument(help: "要导入的文件和文件夹。", completion: .file())
    var paths: [String] = []

    @Flag(help: "以 JSON 输出结果（见 CLI.md），不显示进度条。")
    var json = false

    @OptionGroup var libraryOptions: LibraryOptions

    func validate() throws {
        if paths.isEmpty { throw ValidationError("请至少给出一个要导入的文件或文件夹。") }
    }

    func run() async throws {
        let annotator = try LibraryOptions.loadAnnotator()
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
                LibraryOptions.note("bigan：已跳过 \(formatter.displayPath(skipped.file))：\(skipped.reason)")
            }
            print(summary.report(paths: formatter))
            for failure in summary.failed {
                LibraryOptions.note("Error: \(formatter.displayPath(failure.file)): \(failure.error)")
            }
        }
        if summary.cancelled { throw ExitCode(130) }
        if !summary.failed.isEmpty { throw ExitCode.failure }
        if summary.files == 0 {
            let skipped = summary.skipped.isEmpty ? "" : "（跳过了 \(summary.skipped.count) 个，原因见上）"
            throw BiganError(
                file: paths.count == 1 ? paths[0] : "",
                "没有可导入的文件\(skipped)；笔杆导入 .txt 和 .docx 文件")
        }
    }
}
