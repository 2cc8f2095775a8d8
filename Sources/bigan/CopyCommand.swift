import ArgumentParser
import BiganDesk
import BiganLibrary
import Foundation

struct CopyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy",
        abstract: "把整个片段库复制到另一处：SQLite 文件与 PostgreSQL 之间，两个方向都可以。",
        discussion: """
            目标必须是空的（新的 SQLite 文件，或还没有片段库的数据库）。复制在一个事务里完成，\\
            最后核对两边的计数；不一致或中途出错，目标里什么也不留下。
            """
    )

    @Option(help: "从哪个片段库复制：SQLite 文件或 postgres:// 地址。")
    var from: String

    @Option(help: "复制到哪里：新的 SQLite 文件或 postgres:// 地址。")
    var to: String

    @Flag(help: "以 JSON 输出目标片段库的计数（同 bigan stats --json）。")
    var json = false

    func run() async throws {
        let source = try LibraryLocation.named(from, origin: .option)
        let target = try LibraryLocation.named(to, origin: .option)
        let stats = try await LibraryCopy.copy(from: source, to: target)
        if json { return try JSONOutput.print(stats) }
        print("已复制到 \(target.path)：\(stats.countsDescription)，与 \(source.path) 一致。")
    }
}
