import Foundation

/// Measures one corpus size: imports against the floor, search in-process and as a process
/// against a scan and grep, drafting, memory and library size.
struct SizeMeasurer {
    var bigan: String
    var pool: SentencePool
    var work: URL
    var repeats: Int
    var rounds: Int
    /// Measures PostgreSQL beside SQLite when set.
    var postgres: PostgresMeasurer?
    /// Queries run as whole processes (bigan search and grep), each once per round.
    var processQueries = Array(SearchBench.queries.enumerated().filter { $0.offset % 3 == 0 }.map(\.element))

    mutating func measure(megabytes: Double) async throws -> SizeResult {
        var result = SizeResult(megabytes: megabytes)
        let corpus = try corpus(megabytes: megabytes, result: &result)
        let library = work.appendingPathComponent("library-\(Int(megabytes)).sqlite").path
        let floor = work.appendingPathComponent("floor.sqlite").path
        for run in 0..<repeats {
            // Alternate which goes first, so a slow spell of the shared machine hits both.
            for step in run % 2 == 0 ? [0, 1] : [1, 0] {
                if step == 0 {
                    try measureFloor(corpus: corpus, database: floor, into: &result)
                } else {
                    try measureImport(corpus: corpus, library: library, into: &result)
                }
            }
        }
        Self.remove(floor)
        result.libraryBytes = Self.sizeOnDisk(library)
        note("search \(megabytes) MiB")
        let search = SearchBench(libraryPath: library, rounds: rounds)
        result.searchSeconds = try await search.librarySamples().samples
        result.scanSeconds = try search.scanSamples()
        try measureSearchProcesses(corpus: corpus, library: library, into: &result)
        note("draft \(megabytes) MiB")
        result.draftSeconds = try await DraftBench(libraryPath: library, rounds: rounds).samples()
        try await postgres?.measure(corpus: corpus, sqliteLibrary: library, into: &result)
        return result
    }

    /// The corpus folder, generated once and reused by later runs.
    private func corpus(megabytes: Double, result: inout SizeResult) throws -> URL {
        let folder = work.appendingPathComponent("corpus-\(megabytes)")
        let marker = folder.appendingPathComponent("corpus.json")
        if let data = try? Data(contentsOf: marker),
            let saved = try? JSONDecoder().decode([String: Int].self, from: data)
        {
            result.files = saved["files"] ?? 0
            result.bytes = saved["bytes"] ?? 0
            result.paragraphs = saved["paragraphs"] ?? 0
            return folder
        }
        note("generating \(megabytes) MiB corpus in \(folder.path)")
        try? FileManager.default.removeItem(at: folder)
        let summary = try CorpusGenerator(pool: pool).generate(megabytes: megabytes, into: folder)
        (result.files, result.bytes, result.paragraphs) = (summary.files, summary.bytes, summary.paragraphs)
        let saved = ["files": summary.files, "bytes": summary.bytes, "paragraphs": summary.paragraphs]
        try JSONEncoder().encode(saved).write(to: marker)
        return folder
    }

    private func measureFloor(corpus: URL, database: String, into result: inout SizeResult) throws {
        Self.remove(database)
        let own = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        let run = try ChildProcess(executable: own, arguments: ["floor", "--database", database, corpus.path])
            .runChecked()
        note(String(format: "floor  %.2f s, %.0f MiB", run.seconds, run.peakMiB))
        result.floorSeconds.append(run.seconds)
        result.floorPeakMiB.append(run.peakMiB)
    }

    private func measureImport(corpus: URL, library: String, into result: inout SizeResult) throws {
        Self.remove(library)
        let run = try ChildProcess(
            executable: bigan, arguments: ["import", "--json", "--library", library, corpus.path],
            environment: environment
        ).runChecked()
        note(String(format: "import %.2f s, %.0f MiB", run.seconds, run.peakMiB))
        result.importSeconds.append(run.seconds)
        result.importPeakMiB.append(run.peakMiB)
        let summary = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any]
        result.snippets = summary?["snippets"] as? Int ?? 0
    }

    /// `bigan search` and `grep -rlF` as whole processes, alternating query by query.
    private func measureSearchProcesses(corpus: URL, library: String, into result: inout SizeResult) throws {
        for round in 0...rounds {
            for query in processQueries {
                let search = try ChildProcess(
                    executable: bigan, arguments: ["search", "--library", library, query], environment: environment
                ).runChecked()
                let grep = try ChildProcess(executable: "/usr/bin/grep", arguments: ["-rlF", query, corpus.path]).run()
                guard grep.status <= 1 else { throw BenchError("grep failed on \(query)") }
                if round > 0 {
                    result.searchProcessSeconds.append(search.seconds)
                    result.grepSeconds.append(grep.seconds)
                }
            }
        }
    }

    /// The children's environment: no user configuration or default library of this account.
    var environment: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_DATA_HOME"] = work.appendingPathComponent("home/data").path
        environment["XDG_CONFIG_HOME"] = work.appendingPathComponent("home/config").path
        environment["BIGAN_LIBRARY"] = nil
        return environment
    }

    static func remove(_ database: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] {
            try? FileManager.default.removeItem(atPath: database + suffix)
        }
    }

    static func sizeOnDisk(_ database: String) -> Int {
        ["", "-wal"].reduce(0) { total, suffix in
            let attributes = try? FileManager.default.attributesOfItem(atPath: database + suffix)
            return total + ((attributes?[.size] as? Int) ?? 0)
        }
    }
}
