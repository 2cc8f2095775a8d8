import ArgumentParser
import BiganDesk
import BiganThemes
import Foundation

/// `--library PATH`, shared by every subcommand that uses the snippet library.
struct LibraryOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The snippet library, an SQLite file.",
            discussion: """
                Default: $BIGAN_LIBRARY, else $XDG_DATA_HOME/bigan/library.sqlite \
                (~/.local/share/bigan/library.sqlite), built from the bundled Snippets/ on first use.
                """),
        completion: .file(extensions: ["sqlite"]))
    var library: String?

    var location: LibraryLocation { LibraryLocation.resolve(option: library) }

    /// Opens the library (building the default one on first use); `create` makes a new empty
    /// library at an explicit path that holds none yet. A command that writes (import, retag) says
    /// `writes`; the others open a library that cannot be written read-only. `concurrentReads` lets
    /// a command's queries run on several connections.
    func open(
        create: Bool = false, writes: Bool = false, concurrentReads: Bool = false, annotator: ThemeAnnotator? = nil
    ) async throws -> Library {
        try await location.open(
            create: create, forReading: !writes, concurrentReads: concurrentReads,
            annotator: annotator ?? ThemeAnnotator.load(),
            notify: { Self.note($0) })
    }

    /// A note for the user on stderr; stdout stays for results.
    static func note(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
