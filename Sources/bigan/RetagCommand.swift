import ArgumentParser
import BiganThemes

struct RetagCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retag",
        abstract: "按当前的主题表重新给所有片段标注主题（修改 themes.yaml 之后用）。"
    )

    @OptionGroup var libraryOptions: LibraryOptions

    func run() async throws {
        let annotator = try LibraryOptions.loadAnnotator()
        let library = try await libraryOptions.open(writes: true, annotator: annotator)
        let counts = try await library.retag(with: annotator)
        print("已重新标注全部 \(counts.snippets) 个片段：其中 \(counts.tagged) 个片段有主题，共 \(counts.tags) 个主题标签。")
    }
}
