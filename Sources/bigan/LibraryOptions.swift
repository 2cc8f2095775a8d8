import ArgumentParser
import BiganDesk
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
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
