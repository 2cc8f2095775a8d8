import ArgumentParser
import BiganText
import Foundation

/// `bigan-bench run` (the default): generates the corpora, measures everything, prints Markdown.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Measure every corpus size and print the figures as Markdown.")

    @Option(parsing: .upToNextOption, help: "Corpus sizes in MiB.") var sizes: [Double] = [10, 50, 200]
    @Option(help: "Timed import runs per size (import and floor alternate).") var repeats = 3
    @Option(help: "Where corpora and libraries go (corpora are kept and reused).") var work = "/tmp/bigan-bench"
    @Option(help: "The bigan binary (default: the one next to bigan-bench).") var bigan: String?
    @Flag(help: "One 4 MiB corpus, one run of each: a smoke test for CI.") var quick = false
    @Option(
        help: "Also measure PostgreSQL: the address of a scratch database (its library is dropped before each import).")
    var postgres: String?

    func run() async throws {
        let bigan = try biganPath()
        let pool = try SentencePool(folder: Self.snippetsFolder())
        let work = URL(fileURLWithPath: self.work)
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        var results: [SizeResult] = []
        for size in quick ? [4] : sizes {
            var measurer = SizeMeasurer(
                bigan: bigan, pool: pool, work: work, repeats: quick ? 1 : repeats, rounds: quick ? 1 : 5)
            measurer.postgres = postgres.map {
                PostgresMeasurer(
                    bigan: bigan, url: $0, repeats: quick ? 1 : repeats, rounds: quick ? 1 : 5,
                    environment: measurer.environment)
            }
            results.append(try await measurer.measure(megabytes: size))
        }
        print(BenchReport(results: results, machine: Machine.description).markdown)
    }

    static func snippetsFolder() throws -> URL {
        try ResourceLocator.locate().snippets
    }

    private func biganPath() throws -> String {
        if let bigan { return bigan }
        let own = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        let sibling = own.deletingLastPathComponent().appendingPathComponent("bigan").path
        guard FileManager.default.isExecutableFile(atPath: sibling) else {
            throw BenchError("no bigan binary at \(sibling): build it first (swift build -c release)")
        }
        return sibling
    }
}

/// A progress note on stderr; stdout keeps the report.
func note(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
