import ArgumentParser
import BiganThemes

struct RetagCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retag",
        abstract: "Tag every snippet again with the current themes (after editing themes.yaml)."
    )

    @OptionGroup var libraryOptions: LibraryOptions

    func run() async throws {
        let annotator = try ThemeAnnotator.load()
        let library = try await libraryOptions.open(writes: true, annotator: annotator)
        let counts = try await library.retag(with: annotator)
        print("已重新标注 \(counts.snippets) 个片段的主题（共 \(counts.tags) 个主题标签）。")
    }
}
