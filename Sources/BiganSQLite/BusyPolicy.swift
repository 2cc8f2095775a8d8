import Foundation
import GRDB

/// How the library waits for another process that holds its lock: GRDB's busy timeout waits
/// inside SQLite first, then the whole call is tried again a few times, waiting longer each time.
/// The one rule of every connection, transaction and open.
enum BusyPolicy {
    /// How long SQLite itself waits for a lock before it reports the database busy.
    static let timeout: TimeInterval = 5
    /// How many times a busy call is tried again, and the pause before the first retry.
    static let retries = 5
    static let firstPause: TimeInterval = 0.1

    static func isBusy(_ error: any Error) -> Bool {
        guard let error = error as? DatabaseError else { return false }
        return error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED
    }

    /// Runs `body`, trying again while the database is busy.
    static func run<T>(_ body: () throws -> T) throws -> T {
        var attempt = 0
        while true {
            do {
                return try body()
            } catch  where isBusy(error) && attempt < retries {
                attempt += 1
                Thread.sleep(forTimeInterval: pause(before: attempt))
            }
        }
    }

    /// The same for an async body.
    static func run<T>(_ body: () async throws -> T) async throws -> T {
        var attempt = 0
        while true {
            do {
                return try await body()
            } catch  where isBusy(error) && attempt < retries {
                attempt += 1
                try await Task.sleep(nanoseconds: UInt64(pause(before: attempt) * 1e9))
            }
        }
    }

    static func pause(before attempt: Int) -> TimeInterval {
        firstPause * Double(1 << (attempt - 1))
    }
}
