import BiganImport
import Foundation

/// Draws the import progress bar on one terminal line, at most ten times a second.
final class ProgressPrinter: @unchecked Sendable {  // updated by one import loop at a time
    private var lastDraw = Date.distantPast

    func update(_ progress: ImportProgress) {
        let now = Date()
        guard now.timeIntervalSince(lastDraw) >= 0.1 || progress.filesDone == progress.filesTotal else { return }
        lastDraw = now
        FileHandle.standardOutput.write(Data(("\r" + progress.bar(width: Terminal.columns) + "\u{1B}[K").utf8))
    }

    func finish() {
        FileHandle.standardOutput.write(Data("\r\u{1B}[K".utf8))
    }
}
