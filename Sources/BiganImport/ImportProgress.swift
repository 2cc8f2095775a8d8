import Foundation

/// How far an import has come, reported after each file.
public struct ImportProgress: Sendable, Equatable {
    public var filesDone: Int
    public var filesTotal: Int
    public var bytesDone: Int64
    public var bytesTotal: Int64
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

    /// One terminal line: a bar, files, MB/s and ETA, at most `width` columns.
    public func bar(width: Int) -> String {
        let fraction =
            bytesTotal > 0 ? Double(bytesDone) / Double(bytesTotal) : Double(filesDone) / Double(max(filesTotal, 1))
        let eta = secondsLeft.map { "ETA \(Self.clock(Int($0.rounded())))" } ?? "ETA --:--"
        let info = " \(filesDone)/\(filesTotal) files  " + String(format: "%.1f MB/s  ", megabytesPerSecond) + eta
        let barWidth = max(10, min(40, width - info.count - 3))
        let filled = Int((fraction * Double(barWidth)).rounded(.down))
        let bar = "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: barWidth - filled) + "]"
        return String((bar + info).prefix(max(width - 1, 1)))
    }

    static func clock(_ seconds: Int) -> String {
        seconds >= 3600
            ? String(format: "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
            : String(format: "%02d:%02d", seconds / 60, seconds % 60)
    }
}
