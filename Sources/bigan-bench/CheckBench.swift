import BiganCheck
import BiganSQLite
import BiganText
import Foundation

/// `bigan check`'s work in-process: reading a speech and checking it (for 天水市, 2026) against a
/// library opened for concurrent reads, as the command opens it; one warm-up round, then `rounds`.
struct CheckBench {
    var libraryPath: String
    var rounds = 5

    /// Seconds per check of each speech, and the copied share it found.
    func samples(_ speeches: [(name: String, text: String)]) async throws -> [(
        name: String, seconds: [Double], share: Double
    )] {
        let library = try SQLiteStore.open(at: libraryPath, create: false, concurrentReads: true)
        defer { try? library.closeNow() }
        let checker = try SpeechChecker.standard(resources: try ResourceLocator.locate())
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "bigan-bench-check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let request = CheckRequest(region: "天水市", year: 2026)
        var results: [(name: String, seconds: [Double], share: Double)] = []
        for speech in speeches {
            let file = folder.appendingPathComponent("\(speech.name).txt")
            try Data(speech.text.utf8).write(to: file)
            var seconds: [Double] = []
            var share = 0.0
            for round in 0...rounds {
                let start = DispatchTime.now().uptimeNanoseconds
                let report = try await checker.check(
                    try CheckedSpeechReader().read(path: file.path), request: request, library: library)
                let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                share = report.copiedShare
                if round > 0 { seconds.append(elapsed) }
            }
            results.append((speech.name, seconds, share))
        }
        return results
    }
}
