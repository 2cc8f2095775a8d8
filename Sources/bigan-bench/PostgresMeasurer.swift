import BiganLibrary
import BiganPostgres
import BiganSQLite
import Foundation

/// Measures a corpus on PostgreSQL beside SQLite: `bigan import` into the library at `address`
/// (dropped before each run: name a scratch database), then search by one client and by
/// `clients` at once, on both engines' libraries of the corpus.
struct PostgresMeasurer {
    /// Concurrent clients of the concurrency figures (a server's requests).
    static let clients = 8

    var bigan: String
    /// As given, password included.
    var url: String
    var repeats: Int
    var rounds: Int
    var environment: [String: String]

    var address: PostgresAddress {
        get throws { try PostgresAddress(url) }
    }

    func measure(corpus: URL, sqliteLibrary: String, into result: inout SizeResult) async throws {
        var postgres = EngineResult()
        for _ in 0..<repeats {
            try await PostgresStore.erase(try address)
            // The password goes in the child's environment, not on its command line (`ps` shows that).
            let address = try address
            var environment = environment
            environment["PGPASSWORD"] = address.password
            let run = try ChildProcess(
                executable: bigan, arguments: ["import", "--json", "--library", address.description, corpus.path],
                environment: environment
            ).runChecked()
            note(String(format: "postgres import %.2f s, %.0f MiB", run.seconds, run.peakMiB))
            postgres.importSeconds.append(run.seconds)
            postgres.importPeakMiB.append(run.peakMiB)
        }
        let library = try await PostgresStore.open(try address, create: false, connections: Self.clients + 2)
        postgres.libraryBytes = Int(try await library.stats().size)
        note("postgres search \(result.megabytes) MiB")
        postgres.searchSeconds = try await SearchBench.samples(library, rounds: rounds).samples
        postgres.concurrentSeconds = try await SearchBench.concurrentSamples(
            library, clients: Self.clients, rounds: rounds)
        try await library.close()
        result.postgres = postgres
        note("sqlite search, \(Self.clients) clients, \(result.megabytes) MiB")
        let pool = try SQLiteStore.open(at: sqliteLibrary, create: false, concurrentReads: true)
        result.sqliteConcurrentSeconds = try await SearchBench.concurrentSamples(
            pool, clients: Self.clients, rounds: rounds)
        try pool.closeNow()
    }
}
