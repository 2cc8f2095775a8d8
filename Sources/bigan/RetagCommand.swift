import ArgumentParser
import BiganKit

struct RetagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retag",
        abstract: "Tag every snippet again with the current themes (after editing themes.yaml)."
    )

    @OptionGroup var libraryOptions: LibraryOptions

    func run() throws {
        let annotator = try ThemeAnnotator.load()
        let library = try libraryOptions.open(annotator: annotator)
        let count = try library.retagThemes(with: annotator)
        print("已重新标注 \(count) 个片段的主题。")
    }
}
