import Foundation
import PostgresNIO

/// The library's connections to its server: opened when needed, at most `maximum` at once, kept
/// for the next call while they are healthy.
///
/// PostgresNIO's own client retries a failed connection in the background and reports only that
/// its circuit breaker tripped; here a connection that cannot be made fails the call at once with
/// the server's own reason (a wrong password, a missing database, a refused connection), which
/// `PostgresFailure` puts in a user's words.
actor ConnectionPool {
    private let configuration: PostgresConnection.Configuration
    private let maximum: Int
    nonisolated let logger: Logger
    private var idle: [PostgresConnection] = []
    private var open = 0
    private var nextID = 1
    private var closed = false
    /// Callers waiting for a connection; resumed with one, or with nil to try again.
    private var waiting: [CheckedContinuation<PostgresConnection?, Never>] = []

    init(configuration: PostgresConnection.Configuration, maximum: Int) {
        self.configuration = configuration
        self.maximum = max(1, maximum)
        var logger = Logger(label: "bigan.postgres")
        logger.logLevel = .critical
        self.logger = logger
    }

    /// Runs `body` on a connection of its own. A connection `body` leaves broken (the server went
    /// away, or a rollback failed) is closed rather than kept.
    nonisolated func withConnection<T: Sendable>(_ body: (PostgresConnection, Logger) async throws -> T)
        async throws -> T
    {
        let connection = try await lease()
        do {
            let result = try await body(connection, logger)
            await release(connection)
            return result
        } catch {
            await release(connection, broken: PostgresFailure.isConnectionLost(error))
            throw error
        }
    }

    deinit {
        // A connection must be closed before it goes (PostgresNIO checks): each is kept until its
        // close is done, should the library be dropped unclosed.
        for connection in idle { Task { try? await connection.close() } }
    }

    /// Closes every connection; the pool cannot be used afterwards.
    func close() async {
        closed = true
        let connections = idle
        idle = []
        open -= connections.count
        for waiter in waiting { waiter.resume(returning: nil) }
        waiting = []
        for connection in connections { try? await connection.close() }
    }

    private func lease() async throws -> PostgresConnection {
        while true {
            guard !closed else { throw PostgresFailure.closed }
            while let connection = idle.popLast() {
                if !connection.isClosed { return connection }
                open -= 1
            }
            if open < maximum {
                open += 1
                let id = nextID
                nextID += 1
                do {
                    return try await PostgresConnection.connect(configuration: configuration, id: id, logger: logger)
                } catch {
                    open -= 1
                    wakeOne()
                    throw error
                }
            }
            if let connection = await withCheckedContinuation({ waiting.append($0) }) { return connection }
        }
    }

    private func release(_ connection: PostgresConnection, broken: Bool = false) {
        if broken || closed || connection.isClosed {
            open -= 1
            Task { try? await connection.close() }
            wakeOne()
        } else if !waiting.isEmpty {
            waiting.removeFirst().resume(returning: connection)
        } else {
            idle.append(connection)
        }
    }

    /// Lets one waiting caller try again: a connection slot came free.
    private func wakeOne() {
        if !waiting.isEmpty { waiting.removeFirst().resume(returning: nil) }
    }
}
