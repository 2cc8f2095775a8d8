import BiganLibrary
import BiganText
import Foundation
import PostgresNIO

/// The snippet library on a PostgreSQL server, for an office whose writers share one library:
/// every read and write of the server goes through this type.
///
/// The tables live in the schema `bigan` of the database the address names; `open` brings them up
/// to date (`PostgresStore+Schema`). Each imported file is one transaction, so writers on several
/// machines import at once and a file is stored whole or not at all, however its writer ends.
package struct PostgresStore: SnippetStore {
    /// Connections one process opens at most (a command needs one; a server or a benchmark more).
    package static let defaultConnections = 10

    let pool: ConnectionPool
    package let address: PostgresAddress

    package var location: String { address.description }

    /// Connects to the library at `address`, creating its tables when `create` and the database has
    /// none yet. Throws a `BiganError` naming the address (never its password) when the server
    /// cannot be reached, refuses the login, holds a library of a newer bigan, or holds no library
    /// and `create` is false.
    package static func open(_ address: PostgresAddress, create: Bool, connections: Int = defaultConnections)
        async throws -> PostgresStore
    {
        let store = PostgresStore(
            pool: ConnectionPool(configuration: try address.connectionConfiguration(), maximum: connections),
            address: address)
        do {
            try await store.prepareSchema(create: create)
        } catch {
            await store.pool.close()
            throw PostgresFailure.biganError(error, address: address)
        }
        return store
    }

    package func close() async throws {
        await pool.close()
    }

    /// Runs `body` on a connection outside any transaction, each statement seeing what was
    /// committed when it began; errors become `BiganError`s naming the library. A connection the
    /// server closed while it waited in the pool is replaced once.
    func read<T: Sendable>(_ body: (PostgresConnection, Logger) async throws -> T) async throws -> T {
        do {
            do {
                return try await pool.withConnection(body)
            } catch  where PostgresFailure.isConnectionLost(error) {
                return try await pool.withConnection(body)
            }
        } catch {
            throw PostgresFailure.biganError(error, address: address)
        }
    }

    /// Runs `body` in one transaction, committed when it returns and rolled back when it throws;
    /// tried again, from the start, while another writer gets in the way (`PostgresFailure.isRetryable`).
    /// Errors come out as they are.
    func transaction<T: Sendable>(_ body: (PostgresConnection, Logger) async throws -> T) async throws -> T {
        var attempt = 0
        while true {
            do {
                return try await pool.withConnection { connection, logger in
                    try await Self.inTransaction(connection, logger: logger) { try await body(connection, logger) }
                }
            } catch  where PostgresFailure.isRetryable(error) && attempt < Self.retries {
                attempt += 1
                // Writers that met on the same rows try again at different moments.
                try await Task.sleep(nanoseconds: UInt64.random(in: 10_000_000...50_000_000) << min(attempt, 4))
            }
        }
    }

    /// How many times a file whose writers met is tried again.
    static let retries = 10

    static func inTransaction<T>(
        _ connection: PostgresConnection, logger: Logger, _ body: () async throws -> T
    ) async throws -> T {
        try await connection.run("BEGIN", logger: logger)
        do {
            let result = try await body()
            try await connection.run("COMMIT", logger: logger)
            return result
        } catch {
            // A connection that was lost took its transaction with it (the server rolls it back);
            // a statement sent on it now might wait for an answer that never comes.
            if !PostgresFailure.isConnectionLost(error) && !connection.isClosed {
                do {
                    try await connection.run("ROLLBACK", logger: logger)
                } catch {
                    // The connection cannot be trusted with the next caller's statements.
                    try? await connection.close()
                }
            }
            throw error
        }
    }
}

extension PostgresConnection {
    /// Runs a statement and reads its rows to the end, so an error of the statement is thrown here.
    func run(_ query: PostgresQuery, logger: Logger) async throws {
        _ = try await rows(query, logger: logger) { _ in () }
    }

    /// The rows of a query, each read with `read`; throws `ClosingWatch.Closed` if the connection
    /// closes first.
    func rows<T: Sendable>(
        _ query: PostgresQuery, logger: Logger, _ read: @escaping @Sendable (PostgresRow) throws -> T
    )
        async throws -> [T]
    {
        try await ClosingWatch.shared.run(on: self) {
            var result: [T] = []
            for try await row in try await self.query(query, logger: logger) { result.append(try read(row)) }
            return result
        }
    }

    /// The first row of a query, or nil.
    func firstRow<T: Sendable>(
        _ query: PostgresQuery, logger: Logger, _ read: @escaping @Sendable (PostgresRow) throws -> T
    ) async throws -> T? {
        try await rows(query, logger: logger, read).first
    }
}
