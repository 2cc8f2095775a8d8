import Foundation
import PostgresNIO

/// Lets a statement stop waiting once its connection is closed. When the server dies in the middle
/// of a statement, PostgresNIO (1.33) can close the connection yet leave the statement's rows
/// waiting forever; every statement bigan runs waits for its rows or for the connection's close,
/// whichever comes first, and the close fails it with `ClosingWatch.Closed`. One close handler per
/// connection holds the statements still waiting on it.
final class ClosingWatch: @unchecked Sendable {
    static let shared = ClosingWatch()

    /// The connection closed while a statement waited on it.
    struct Closed: Error {}

    private let lock = NSLock()
    private var waiting: [ObjectIdentifier: [Int: @Sendable (any Error) -> Void]] = [:]
    private var nextTicket = 0

    /// Runs `operation` on `connection`, or throws `Closed` as soon as the connection is closed.
    func run<T: Sendable>(on connection: PostgresConnection, _ operation: @escaping @Sendable () async throws -> T)
        async throws -> T
    {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
            let once = Once(continuation)
            let ticket = register(connection) { once.resume(throwing: $0) }
            Task {
                let result: Result<T, any Error>
                do { result = .success(try await operation()) } catch { result = .failure(error) }
                self.unregister(connection, ticket)
                once.resume(with: result)
            }
        }
    }

    private func register(_ connection: PostgresConnection, _ fail: @escaping @Sendable (any Error) -> Void) -> Int {
        let key = ObjectIdentifier(connection)
        let (ticket, first): (Int, Bool) = lock.withLock {
            nextTicket += 1
            let first = waiting[key] == nil
            waiting[key, default: [:]][nextTicket] = fail
            return (nextTicket, first)
        }
        if first {
            connection.closeFuture.whenComplete { _ in
                let failing = self.lock.withLock { self.waiting.removeValue(forKey: key) ?? [:] }
                for fail in failing.values { fail(Closed()) }
            }
        }
        return ticket
    }

    private func unregister(_ connection: PostgresConnection, _ ticket: Int) {
        _ = lock.withLock { waiting[ObjectIdentifier(connection)]?.removeValue(forKey: ticket) }
    }

    /// A continuation resumed by whichever comes first.
    private final class Once<T: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var continuation: CheckedContinuation<T, any Error>?

        init(_ continuation: CheckedContinuation<T, any Error>) {
            self.continuation = continuation
        }

        func resume(with result: Result<T, any Error>) {
            lock.withLock {
                let taken = continuation
                continuation = nil
                return taken
            }?.resume(with: result)
        }

        func resume(throwing error: any Error) {
            resume(with: .failure(error))
        }
    }
}
