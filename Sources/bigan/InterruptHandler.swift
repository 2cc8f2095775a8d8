import BiganImport
import Dispatch
import Foundation

/// Turns the first Ctrl-C into a request to stop after the current file; a second one stops at once
/// (the file in progress is rolled back by its transaction).
final class InterruptHandler {
    private let source: any DispatchSourceSignal

    init(_ cancellation: ImportCancellation) {
        signal(SIGINT, SIG_IGN)
        source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler {
            if cancellation.isCancelled { exit(130) }
            cancellation.cancel()
            LibraryOptions.note("\nbigan：已中断，当前文件完成后停止（再按一次 Ctrl-C 立即停止）")
        }
        source.resume()
    }

    func stop() {
        source.cancel()
        signal(SIGINT, SIG_DFL)
    }
}
