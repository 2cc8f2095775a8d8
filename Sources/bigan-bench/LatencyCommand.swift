import ArgumentParser
import Foundation

/// `bigan-bench latency`: search and draft latency on a library that already exists, without
/// generating or importing anything (for profiling one change against one library).
struct LatencyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "latency", abstract: "Search and draft latency in-process on an existing library.")

    @Option(help: "The library to measure (it is opened, never changed).") var library: String
    @Option(help: "Timed rounds after the warm-up.") var rounds = 5

    func run() async throws {
        let search = try await SearchBench(libraryPath: library, rounds: rounds).librarySamples().samples
        let draft = try await DraftBench(libraryPath: library, rounds: max(1, rounds / 2)).samples()
        let ms = { (value: Double) in String(format: "%.1f ms", value * 1000) }
        print("search p50 \(ms(Statistics.percentile(search, 0.5))), p99 \(ms(Statistics.percentile(search, 0.99)))")
        print("draft median \(ms(Statistics.median(draft))), max \(ms(draft.max() ?? .nan))")
    }
}
