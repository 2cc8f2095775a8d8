import ArgumentParser
import BiganDesk
import BiganText
import BiganThemes
import Foundation

/// `--library PATH`, shared by every subcommand that uses the snippet library.
struct LibraryOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "片段库：SQLite 文件，或 PostgreSQL 服务器上的库 postgres://用户@主机:端口/数据库。",
            discussion: """
                默认为 $BIGAN_LIBRARY，否则为 $XDG_DATA_HOME/bigan/library.sqlite \
                （~/.local/share/bigan/library.sqlite），第一次使用时由自带的 Snippets/ 建成。\
                PostgreSQL 地址可用 ?host=/套接字目录 走 Unix 套接字、?sslmode=require 等；\
                密码也可放在 $PGPASSWORD 里，bigan 从不显示密码。
                """),
        completion: .file(extensions: ["sqlite"]))
    var library: String?

    var location: LibraryLocation {
        get throws { try LibraryLocation.resolve(option: library) }
    }

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

    /// Runs `body` with the library open, and closes it after (a server's connections are closed
    /// rather than dropped).
    func withLibrary<T>(
        create: Bool = false, annotator: ThemeAnnotator? = nil, _ body: (Library) async throws -> T
    ) async throws -> T {
        let library = try await open(create: create, annotator: annotator)
        do {
            let result = try await body(library)
            try await library.close()
            return result
        } catch {
            try? await library.close()
            throw error
        }
    }

    /// A note for the user on stderr; stdout stays for results.
    static func note(_ text: String) {
        FileHandle.standardError.write(Data((VisibleText.escaped(text, keepingNewlines: true) + "\n").utf8))
    }
}
