import Foundation

/// The figures as Markdown tables, ratios first: the machine is shared and its speed varies.
struct BenchReport {
    var results: [SizeResult]
    var machine: String

    var markdown: String {
        var lines = ["Machine: \(machine)", ""]
        lines += [
            "| corpus | files | paragraphs | import s (median) | floor s (median) | import / floor | import MB/s | snippets/s | import peak RSS MiB | floor peak RSS MiB | library MiB per MiB of text |",
            "|---|---|---|---|---|---|---|---|---|---|---|",
        ]
        for result in results {
            let importMedian = Statistics.median(result.importSeconds)
            lines.append(
                row([
                    String(format: "%.1f MiB", result.textMiB), "\(result.files)", "\(result.paragraphs)",
                    fixed(importMedian), fixed(Statistics.median(result.floorSeconds)),
                    fixed(result.importRatio), fixed(Double(result.bytes) / 1e6 / importMedian, 1),
                    String(format: "%.0f", Double(result.snippets) / importMedian),
                    fixed(result.importPeakMiB.max() ?? .nan, 0), fixed(result.floorPeakMiB.max() ?? .nan, 0),
                    fixed(Double(result.libraryBytes) / Double(max(result.bytes, 1))),
                ]))
        }
        lines += [
            "",
            "| corpus | search p50 ms | search p99 ms | scan p50 ms | scan p99 ms | scan / search (p50) | `bigan search` median ms | `grep -rlF` median ms | bigan / grep | draft median ms | draft max ms |",
            "|---|---|---|---|---|---|---|---|---|---|---|",
        ]
        for result in results {
            let searchP50 = Statistics.percentile(result.searchSeconds, 0.5)
            let scanP50 = Statistics.percentile(result.scanSeconds, 0.5)
            lines.append(
                row([
                    String(format: "%.1f MiB", result.textMiB), ms(searchP50),
                    ms(Statistics.percentile(result.searchSeconds, 0.99)), ms(scanP50),
                    ms(Statistics.percentile(result.scanSeconds, 0.99)), fixed(scanP50 / searchP50, 1),
                    ms(Statistics.median(result.searchProcessSeconds)), ms(Statistics.median(result.grepSeconds)),
                    fixed(result.searchProcessRatio), ms(Statistics.median(result.draftSeconds)),
                    ms(result.draftSeconds.max() ?? .nan),
                ]))
        }
        lines += engineLines
        return lines.joined(separator: "\n")
    }

    /// PostgreSQL beside SQLite, where it was measured.
    private var engineLines: [String] {
        let measured = results.filter { $0.postgres != nil }
        guard !measured.isEmpty else { return [] }
        let clients = PostgresMeasurer.clients
        var lines = [
            "",
            "| corpus | engine | import s (median) | import MB/s | import peak RSS MiB | library MiB | search p50 ms | search p99 ms | \(clients) clients p50 ms | \(clients) clients p99 ms |",
            "|---|---|---|---|---|---|---|---|---|---|",
        ]
        for result in measured {
            let sqlite = EngineResult(
                importSeconds: result.importSeconds, importPeakMiB: result.importPeakMiB,
                libraryBytes: result.libraryBytes, searchSeconds: result.searchSeconds,
                concurrentSeconds: result.sqliteConcurrentSeconds)
            for (name, engine) in [("SQLite", sqlite), ("PostgreSQL", result.postgres!)] {
                let importMedian = Statistics.median(engine.importSeconds)
                lines.append(
                    row([
                        String(format: "%.1f MiB", result.textMiB), name, fixed(importMedian),
                        fixed(Double(result.bytes) / 1e6 / importMedian, 1),
                        fixed(engine.importPeakMiB.max() ?? .nan, 0),
                        fixed(Double(engine.libraryBytes) / 1_048_576, 0),
                        ms(Statistics.percentile(engine.searchSeconds, 0.5)),
                        ms(Statistics.percentile(engine.searchSeconds, 0.99)),
                        ms(Statistics.percentile(engine.concurrentSeconds, 0.5)),
                        ms(Statistics.percentile(engine.concurrentSeconds, 0.99)),
                    ]))
            }
        }
        return lines
    }

    private func row(_ cells: [String]) -> String {
        "| " + cells.joined(separator: " | ") + " |"
    }

    private func fixed(_ value: Double, _ digits: Int = 2) -> String {
        String(format: "%.\(digits)f", value)
    }

    private func ms(_ seconds: Double) -> String {
        String(format: seconds < 0.01 ? "%.2f" : "%.1f", seconds * 1000)
    }
}
