import ArgumentParser
import BiganDesk
import BiganLibrary
import BiganPostgres
import BiganSQLite
import Foundation

/// `bigan-bench latency`: search and draft latency on a library that already exists, without
/// generating or importing anything (for profiling one change against one library).
struct LatencyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "latency", abstract: "Search and draft latency in-process on an existing library.")

    @Option(help: "The library to measure, a file or a postgres:// address (it is opened, never changed).")
    var library: String
    @Option(help: "Timed rounds after the warm-up.") var rounds = 5
    @Option(help: "Also measure search by this many clients at once (0: not).") var clients = 0

    func run() async throws {
        let ms = { (value: Double) in String(format: "%.1f ms", value * 1000) }
        let report = { (name: String, samples: [Double]) in
            print(
                "\(name) p50 \(ms(Statistics.percentile(samples, 0.5))), p99 \(ms(Statistics.percentile(samples, 0.99)))"
            )
        }
        let location = try LibraryLocation.named(library, origin: .option)
        if let server = location.server {
            let store = try await PostgresStore.open(server, create: false, connections: max(clients, 1) + 2)
            report("search", try await SearchBench.samples(store, rounds: rounds).samples)
            if clients > 0 {
                report(
                    "search, \(clients) clients",
                    try await SearchBench.concurrentSamples(store, clients: clients, rounds: rounds))
            }
            let draft = try await DraftBench.samples(store, rounds: max(1, rounds / 2))
            print("draft median \(ms(Statistics.median(draft))), max \(ms(draft.max() ?? .nan))")
            try await store.close()
            return
        }
        report("search", try await SearchBench(libraryPath: library, rounds: rounds).librarySamples().samples)
        if clients > 0 {
            let pool = try SQLiteStore.open(at: location.path, create: false, concurrentReads: true)
            report(
                "search, \(clients) clients",
                try await SearchBench.concurrentSamples(pool, clients: clients, rounds: rounds))
            try pool.closeNow()
        }
        let draft = try await DraftBench(libraryPath: library, rounds: max(1, rounds / 2)).samples()
        print("draft median \(ms(Statistics.median(draft))), max \(ms(draft.max() ?? .nan))")
    }
}
