import Foundation

/// How far an import has come, reported after each file and after each commit. Files are read
/// and stored ahead of the commits (a few seconds' worth): `filesDone` counts those, while
/// `filesCommitted` counts what the library holds for good, which a kill cannot take back.
public struct ImportProgress: Sendable, Equatable {
    public var filesDone: Int
    public var filesTotal: Int
    public var bytesDone: Int64
    public var bytesTotal: Int64
    /// Files and bytes committed to the library (stored, unchanged or failed: settled).
    public var filesCommitted = 0
    public var bytesCommitted: Int64 = 0
    /// Seconds since the import started.
    public var elapsed: Double
    /// The file just finished.
    public var file: String?

    public init(filesDone: Int, filesTotal: Int, bytesDone: Int64, bytesTotal: Int64, elapsed: Double, file: String?) {
        self.filesDone = filesDone
        self.filesTotal = filesTotal
        self.bytesDone = bytesDone
        self.bytesTotal = bytesTotal
        self.elapsed = elapsed
        self.file = file
    }

    /// Megabytes per second so far.
    public var megabytesPerSecond: Double {
        elapsed > 0 ? Double(bytesDone) / 1_048_576 / elapsed : 0
    }

    /// Estimated seconds left, from the byte rate so far; nil before there is a rate.
    public var secondsLeft: Double? {
        guard bytesDone > 0, elapsed > 0 else { return nil }
        return Double(bytesTotal - bytesDone) / (Double(bytesDone) / elapsed)
    }

    /// One terminal line: a bar of what is committed, the files committed and read, MB/s and ETA,
    /// at most `width` columns.
    public func bar(width: Int) -> String {
        let fraction =
            bytesTotal > 0
            ? Double(bytesCommitted) / Double(bytesTotal) : Double(filesCommitted) / Double(max(filesTotal, 1))
        let eta = secondsLeft.map { "剩余 \(Self.clock(Int($0.rounded())))" } ?? "剩余 --:--"
        let info =
            " 已入库 \(filesCommitted)/\(filesTotal) 个文件（已读 \(filesDone)）  "
            + String(format: "%.1f MB/s  ", megabytesPerSecond) + eta
        let barWidth = max(10, min(40, width - Self.columns(info) - 3))
        let filled = Int((fraction * Double(barWidth)).rounded(.down))
        let bar = "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: barWidth - filled) + "]"
        return Self.prefix(bar + info, columns: max(width - 1, 1))
    }

    /// Terminal columns of `text`: CJK characters take two.
    static func columns(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x1100 ? 2 : 1) }
    }

    static func prefix(_ text: String, columns limit: Int) -> String {
        var used = 0
        var result = ""
        for character in text {
            used += columns(String(character))
            if used > limit { break }
            result.append(character)
        }
        return result
    }

    static func clock(_ seconds: Int) -> String {
        seconds >= 3600
            ? String(format: "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
            : String(format: "%02d:%02d", seconds / 60, seconds % 60)
    }
}
