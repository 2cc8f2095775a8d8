import ArgumentParser
import Foundation

/// `bigan-bench check`: how long `bigan check` takes on a library that already exists, for the
/// benchmark's two 10,000-character speeches and any speech files given.
struct CheckLatencyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Check latency in-process on an existing library.")

    @Option(help: "The library to check against (it is opened, never changed).") var library: String
    @Option(help: "The corpus the library was built from (the adapted speech is cut from it).") var corpus: String?
    @Option(name: .customLong("speech"), help: "A speech file to time as well (repeatable).") var speeches: [String] =
        []
    @Option(help: "Timed rounds after the warm-up.") var rounds = 5

    func run() async throws {
        let pool = try SentencePool(folder: RunCommand.snippetsFolder())
        var texts = try CheckSpeeches.make(pool: pool, corpus: corpus.map { URL(fileURLWithPath: $0) })
        for path in speeches {
            let text = try String(contentsOf: URL(fileURLWithPath: path), encoding: .utf8)
            texts.append((URL(fileURLWithPath: path).lastPathComponent, text))
        }
        for result in try await CheckBench(libraryPath: library, rounds: rounds).samples(texts) {
            print(
                String(
                    format: "check %@: median %.0f ms, max %.0f ms (CPU median %.0f ms), copied share %.3f",
                    result.name, Statistics.median(result.seconds) * 1000, (result.seconds.max() ?? .nan) * 1000,
                    Statistics.median(result.cpuSeconds) * 1000, result.share))
        }
    }
}
