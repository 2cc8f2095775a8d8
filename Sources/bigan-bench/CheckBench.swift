import BiganCheck
import BiganSQLite
import BiganText
import Foundation

/// `bigan check`'s work in-process: reading a speech and checking it (for 天水市, 2026) against a
/// library opened for concurrent reads, as the command opens it; one warm-up round, then `rounds`.
struct CheckBench {
    var libraryPath: String
    var rounds = 5

    /// One speech's checks: seconds of wall-clock time and of CPU time each, and the copied share found.
    struct Timing {
        var name: String
        var seconds: [Double] = []
        var cpuSeconds: [Double] = []
        var share = 0.0
    }

    /// The checks of each speech.
    func samples(_ speeches: [(name: String, text: String)]) async throws -> [Timing] {
        let library = try SQLiteStore.open(at: libraryPath, create: false, concurrentReads: true)
        defer { try? library.closeNow() }
        let checker = try SpeechChecker.standard(resources: try ResourceLocator.locate())
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "bigan-bench-check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let request = CheckRequest(region: "天水市", year: 2026)
        var results: [Timing] = []
        for speech in speeches {
            let file = folder.appendingPathComponent("\(speech.name).txt")
            try Data(speech.text.utf8).write(to: file)
            var result = Timing(name: speech.name)
            for round in 0...rounds {
                let start = DispatchTime.now().uptimeNanoseconds
                let cpu = Self.cpuSeconds()
                let report = try await checker.check(
                    try CheckedSpeechReader().read(path: file.path), request: request, library: library)
                let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                result.share = report.copiedShare
                if round > 0 {
                    result.seconds.append(elapsed)
                    result.cpuSeconds.append(Self.cpuSeconds() - cpu)
                }
            }
            results.append(result)
        }
        return results
    }

    /// User and system CPU time of this process so far (every thread).
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
        let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        return user + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    }
}
