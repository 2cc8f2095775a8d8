import Foundation
import Synchronization

/// One background import and the events it has sent so far (server-sent events, in order); the
/// last is `done`, whose data is `bigan import --json`'s document.
package final class ImportJob: Sendable {
    package let id: String
    private let state = Mutex<(events: [String], finished: Bool)>(([], false))

    init(id: String) {
        self.id = id
    }

    /// Adds one event: `event: NAME` and its JSON data on one line.
    func send(_ name: String, json: Data) {
        let text = "event: \(name)\ndata: \(String(decoding: json, as: UTF8.self))\n\n"
        state.withLock { $0.events.append(text) }
    }

    func finish() { state.withLock { $0.finished = true } }

    var isFinished: Bool { state.withLock { $0.finished } }

    /// The events after the first `count`, and whether the job has finished.
    func events(after count: Int) -> (events: [String], finished: Bool) {
        state.withLock { (Array($0.events.dropFirst(count)), $0.finished) }
    }

    /// Every event until the job finishes, waiting for new ones as they come.
    func stream() -> AsyncStream<String> {
        AsyncStream { continuation in
            let task = Task {
                var sent = 0
                while !Task.isCancelled {
                    let (events, finished) = events(after: sent)
                    for event in events { continuation.yield(event) }
                    sent += events.count
                    if finished && events.isEmpty { break }
                    if events.isEmpty { try? await Task.sleep(for: .milliseconds(100)) }
                }
                continuation.finish()
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }
}
