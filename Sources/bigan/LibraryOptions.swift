import ArgumentParser
import BiganDesk
import BiganText
import BiganThemes
import Foundation

/// `--library PATH`, shared by every subcommand that uses the snippet library.
struct LibraryOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "片段库文件（SQLite）。",
            discussion: """
                不指定时用环境变量 $BIGAN_LIBRARY，再不然用 $XDG_DATA_HOME/bigan/library.sqlite \
                （~/.local/share/bigan/library.sqlite），首次使用时由自带的 Snippets/ 建成。
                """),
        completion: .file(extensions: ["sqlite"]))
    var library: String?

    var location: LibraryLocation { LibraryLocation.resolve(option: library) }

    func validate() throws {
        try Self.validate(library)
    }

    /// An empty `--library` is a mistake (an unset shell variable), not a wish for the default.
    static func validate(_ library: String?) throws {
        if let library, library.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--library 不能为空；不想指定就去掉这个选项，会用默认的片段库。")
        }
    }

    /// Opens the library (building the default one on first use); `create` makes a new empty
    /// library at an explicit path that holds none yet. A command that writes (import, retag) says
    /// `writes`; the others open a library that cannot be written read-only. `concurrentReads` lets
    /// a command's queries run on several connections.
    func open(
        create: Bool = false, writes: Bool = false, concurrentReads: Bool = false, annotator: ThemeAnnotator? = nil
    ) async throws -> Library {
        try await location.open(
            create: create, forReading: !writes, concurrentReads: concurrentReads,
            annotator: annotator ?? Self.loadAnnotator(),
            notify: { Self.note($0) })
    }

    /// The bundled and the user's themes; a skipped user file is warned about on stderr.
    static func loadAnnotator() throws -> ThemeAnnotator {
        let annotator = try ThemeAnnotator.load()
        Warnings.print(annotator.tagger.taxonomy.warnings)
        return annotator
    }

    /// The theme taxonomy alone (cheaper than the annotator), warnings printed.
    static func loadTaxonomy() throws -> ThemeTaxonomy {
        let taxonomy = try ThemeTaxonomy.load()
        Warnings.print(taxonomy.warnings)
        return taxonomy
    }

    /// A note for the user on stderr; stdout stays for results.
    static func note(_ text: String) {
        FileHandle.standardError.write(Data((VisibleText.escaped(text, keepingNewlines: true) + "\n").utf8))
    }
}
