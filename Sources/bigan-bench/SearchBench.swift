import BiganLibrary
import BiganSQLite
import Foundation
import GRDB

#if canImport(Glibc)
    import Glibc
#endif

/// Search latency in-process over a fixed mix of 1–4 character queries, against a linear scan
/// of the same snippet texts held in memory.
struct SearchBench {
    /// The query mix: eight queries of each length, common and rare.
    static let queries = [
        "党", "廉", "稳", "碳", "房", "水", "农", "税",
        "发展", "改革", "民生", "就业", "督查", "教育", "医疗", "创新",
        "新动能", "城镇化", "高质量", "供给侧", "获得感", "公积金", "互联网", "老龄化",
        "乡村振兴", "作风建设", "简政放权", "生态文明", "脱贫攻坚", "对外开放", "营商环境", "安全生产",
    ]

    var libraryPath: String
    var rounds = 5

    /// Per-query latencies in seconds: the library's search with the CLI's default limit of 20.
    func librarySamples() async throws -> (samples: [Double], hits: Int) {
        let library = try SQLiteStore.open(at: libraryPath, create: false)
        defer { try? library.closeNow() }
        return try await Self.samples(library, rounds: rounds)
    }

    /// Per-query latencies of one client searching `library`: the mix, a warm-up round, then `rounds`.
    static func samples(_ library: any SnippetStore, rounds: Int, startingAt first: Int = 0) async throws -> (
        samples: [Double], hits: Int
    ) {
        var samples: [Double] = []
        var hits = 0
        for round in 0...rounds {
            for index in queries.indices {
                let query = queries[(first + index) % queries.count]
                let start = DispatchTime.now().uptimeNanoseconds
                let found = try await library.search(SearchQuery(query, limit: 20))
                let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                guard found.allSatisfy({ $0.text.contains(query) }) else {
                    throw BenchError("a hit for \(query) does not contain it")
                }
                if round > 0 { samples.append(elapsed) } else { hits += found.count }
            }
        }
        return (samples, hits)
    }

    /// Per-query latencies of `clients` searching one library at once, each through the mix from a
    /// different query (as a server's requests would): every client's samples together.
    static func concurrentSamples(_ library: any SnippetStore, clients: Int, rounds: Int) async throws -> [Double] {
        try await withThrowingTaskGroup(of: [Double].self) { group in
            for client in 0..<clients {
                group.addTask {
                    try await samples(library, rounds: rounds, startingAt: client * queries.count / clients).samples
                }
            }
            return try await group.reduce(into: []) { $0 += $1 }
        }
    }

    /// Per-query latencies of counting the snippets that contain the query by scanning all their
    /// text (memmem over one buffer, one snippet per line).
    func scanSamples() throws -> [Double] {
        let queue = try DatabaseQueue(path: libraryPath, configuration: readOnly)
        var buffer: [UInt8] = []
        try queue.read { db in
            let texts = try String.fetchCursor(db, sql: "SELECT text FROM snippet")
            while let text = try texts.next() {
                buffer.append(contentsOf: text.utf8)
                buffer.append(0x0A)
            }
        }
        try queue.close()
        var samples: [Double] = []
        for round in 0...rounds {
            for query in Self.queries {
                let start = DispatchTime.now().uptimeNanoseconds
                _ = Self.countLines(in: buffer, containing: Array(query.utf8))
                if round > 0 { samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9) }
            }
        }
        return samples
    }

    private var readOnly: Configuration {
        var config = Configuration()
        config.readonly = true
        return config
    }

    /// Counts the lines of `buffer` that hold `needle`: memchr for its first byte, memcmp for the rest.
    static func countLines(in buffer: [UInt8], containing needle: [UInt8]) -> Int {
        buffer.withUnsafeBytes { haystack in
            needle.withUnsafeBytes { pattern in
                let base = haystack.baseAddress!
                let first = Int32(needle[0])
                var count = 0
                var offset = 0
                while offset + needle.count <= haystack.count,
                    let found = memchr(base + offset, first, haystack.count - offset - needle.count + 1)
                {
                    let at = UnsafeRawPointer(found) - base
                    guard memcmp(found, pattern.baseAddress!, needle.count) == 0 else {
                        offset = at + 1
                        continue
                    }
                    count += 1
                    let end = memchr(found, 0x0A, haystack.count - at)
                    offset = end.map { UnsafeRawPointer($0) - base + 1 } ?? haystack.count
                }
                return count
            }
        }
    }
}
