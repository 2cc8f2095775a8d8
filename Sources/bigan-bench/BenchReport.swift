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
        return lines.joined(separator: "\n")
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
