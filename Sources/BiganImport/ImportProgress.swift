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
        let eta = secondsLeft.map { "还需 \(Self.clock(Int($0.rounded())))" } ?? "还需 --:--"
        let info = " \(filesDone)/\(filesTotal) 个文件  " + String(format: "%.1f MB/s  ", megabytesPerSecond) + eta
        // Han characters take two columns.
        let columns = info.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x1100 ? 2 : 1) }
        let barWidth = max(10, min(40, width - columns - 3))
        let filled = Int((fraction * Double(barWidth)).rounded(.down))
        let bar = "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: barWidth - filled) + "]"
        return String((bar + info).prefix(max(width - 1 - (columns - info.count), 1)))
    }

    static func clock(_ seconds: Int) -> String {
        seconds >= 3600
            ? String(format: "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
            : String(format: "%02d:%02d", seconds / 60, seconds % 60)
    }
}
