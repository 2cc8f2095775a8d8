import BiganText
import Foundation
import GRDB

/// How the library waits for another process that holds its lock: SQLite calls back while it
/// waits (a few seconds), then the whole call is tried again a few times, waiting longer each time.
/// After a short wait the user is told once why nothing happens; when the lock is still held at
/// the end, the error says so. The one rule of every connection, transaction and open.
enum BusyPolicy {
    /// How long SQLite itself waits for a lock before it reports the database busy.
    static let timeout: TimeInterval = 5
    /// How many times a busy call is tried again, and the pause before the first retry.
    static let retries = 5
    static let firstPause: TimeInterval = 0.1
    /// The pause between SQLite's looks at the lock, and the wait after which the user is told.
    static let step: TimeInterval = 0.02
    static let noticeAfter: TimeInterval = 1
    static let waitingNotice = "库正被另一进程使用，等待中…"

    /// SQLite's busy handler: waits `step` at a time up to `timeout`, telling the user once.
    static let busyMode = Database.BusyMode.callback { tries in
        let waited = Double(tries) * step
        if waited >= noticeAfter { LockNotice.shared.tell(waitingNotice) }
        guard waited < timeout else { return false }
        Thread.sleep(forTimeInterval: step)
        return true
    }

    static func isBusy(_ error: any Error) -> Bool {
        guard let error = error as? DatabaseError else { return false }
        return error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED
    }

    /// The error once every try found the library locked.
    static func stillLocked(_ path: String?) -> LibraryLocked {
        LibraryLocked(path: path ?? "", seconds: Int(totalWait.rounded()))
    }

    /// Roughly how long a call waits in all before it gives up.
    static var totalWait: TimeInterval {
        Double(retries + 1) * timeout + (1...retries).map(pause(before:)).reduce(0, +)
    }

    /// Runs `body`, trying again while the database is busy.
    static func run<T>(path: String? = nil, _ body: () throws -> T) throws -> T {
        var attempt = 0
        while true {
            do {
                return try body()
            } catch  where isBusy(error) {
                guard attempt < retries else { throw stillLocked(path) }
                attempt += 1
                Thread.sleep(forTimeInterval: pause(before: attempt))
            }
        }
    }

    /// The same for an async body.
    static func run<T>(path: String? = nil, _ body: () async throws -> T) async throws -> T {
        var attempt = 0
        while true {
            do {
                return try await body()
            } catch  where isBusy(error) {
                guard attempt < retries else { throw stillLocked(path) }
                attempt += 1
                try await Task.sleep(nanoseconds: UInt64(pause(before: attempt) * 1e9))
            }
        }
    }

    static func pause(before attempt: Int) -> TimeInterval {
        firstPause * Double(1 << (attempt - 1))
    }
}

/// Where the waiting notice goes (standard error unless a front end says otherwise), told once
/// per process.
package final class LockNotice: @unchecked Sendable {
    package static let shared = LockNotice()
    private let lock = NSLock()
    private var told = false
    private var handler: @Sendable (String) -> Void = { text in
        FileHandle.standardError.write(Data(("bigan: " + text + "\n").utf8))
    }

    /// Sends the notice to `handler` instead (a server's log, a test), which hears it once.
    package func redirect(_ handler: @escaping @Sendable (String) -> Void) {
        lock.withLock {
            self.handler = handler
            told = false
        }
    }

    func tell(_ text: String) {
        let handler: (@Sendable (String) -> Void)? = lock.withLock {
            guard !told else { return nil }
            told = true
            return self.handler
        }
        handler?(text)
    }
}

/// Another process held the library's lock through every try.
package struct LibraryLocked: Error, CustomStringConvertible, LocalizedError, Sendable {
    package var path: String
    package var seconds: Int

    package var description: String {
        BiganError(file: path, "片段库正被另一进程使用（如另一个 bigan import），等了约 \(seconds) 秒仍未释放；请等它结束后再试")
            .description
    }

    package var errorDescription: String? { description }
}
