import ArgumentParser
import Foundation

/// `bigan-bench`: generates corpora and measures import, search and drafting against floors.
@main
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bigan-bench",
        abstract:
            "Benchmarks of bigan: import against an FTS5 floor, search, drafting, checking, memory, library size.",
        subcommands: [
            RunCommand.self, GenerateCommand.self, FloorCommand.self, LatencyCommand.self, CheckLatencyCommand.self,
        ],
        defaultSubcommand: RunCommand.self
    )
}

/// `bigan-bench generate`: writes one corpus.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate", abstract: "Write a corpus of unique paragraphs recombined from Snippets/.")

    @Option(help: "Size in MiB.") var size: Double = 10
    @Option(help: "The corpus seed.") var seed: UInt64 = 2024
    @Argument(help: "The folder to write.") var folder: String

    func run() throws {
        let pool = try SentencePool(folder: RunCommand.snippetsFolder())
        let summary = try CorpusGenerator(pool: pool, seed: seed).generate(
            megabytes: size, into: URL(fileURLWithPath: folder))
        print("\(summary.files) files, \(summary.bytes) bytes, \(summary.paragraphs) paragraphs")
    }
}

/// `bigan-bench floor`: the import floor, run as its own process so its time and memory compare.
struct FloorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "floor", abstract: "Split lines into a plain FTS5 table in one transaction (the floor).")

    @Option(help: "The SQLite file to write.") var database: String
    @Argument(help: "The corpus folder.") var folder: String

    func run() throws {
        let rows = try FloorImporter(database: database).run(folder: URL(fileURLWithPath: folder))
        print(rows)
    }
}
