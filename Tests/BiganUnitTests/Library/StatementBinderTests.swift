import Foundation
import GRDB
import Testing

@testable import BiganOutline
@testable import BiganSQLite

@Suite struct StatementBinderTests {
    private func makeQueue() throws -> DatabaseQueue {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t (i INTEGER UNIQUE, r REAL, s TEXT, b BLOB, n TEXT)")
        }
        return queue
    }

    @Test func valuesAreBoundInOrderWithTheirTypes() throws {
        let queue = try makeQueue()
        try queue.write { db in
            try db.run("INSERT INTO t VALUES (?, ?, ?, ?, ?)") { values in
                values.bind(Int64(42))
                values.bind(2.5)
                values.bind("督查落实")
                values.bind(Data([1, 2, 3]))
                values.bind(nil as String?)
            }
            let row = try #require(try Row.fetchOne(db, sql: "SELECT i, r, s, b, n, typeof(n) FROM t"))
            #expect(row[0] == 42)
            #expect(row[1] == 2.5)
            #expect(row[2] == "督查落实")
            #expect(row[3] == Data([1, 2, 3]))
            #expect(row[5] == "null")
        }
    }

    /// Empty values are empty, not NULL (an empty buffer may have no address).
    @Test func emptyTextAndBlobStayEmpty() throws {
        let queue = try makeQueue()
        try queue.write { db in
            try db.run("INSERT INTO t (i, s, b) VALUES (?, ?, ?)") { values in
                values.bind(1)
                values.bind("")
                values.bind(Data())
            }
            let types = try Row.fetchOne(db, sql: "SELECT typeof(s), length(s), typeof(b), length(b) FROM t")
            #expect(types == ["typeof(s)": "text", "length(s)": 0, "typeof(b)": "blob", "length(b)": 0])
        }
    }

    /// A statement that fails throws SQLite's error, and the statement can run again afterwards.
    @Test func aFailingStatementThrowsTheSQLiteError() throws {
        let queue = try makeQueue()
        try queue.write { db in
            try db.run("INSERT INTO t (i) VALUES (?)") { $0.bind(7) }
            #expect {
                try db.run("INSERT INTO t (i) VALUES (?)") { $0.bind(7) }
            } throws: { error in
                (error as? DatabaseError)?.resultCode == .SQLITE_CONSTRAINT
            }
            try db.run("INSERT INTO t (i) VALUES (?)") { $0.bind(8) }
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM t") == 2)
        }
    }

    @Test func firstRowReadsTheFirstRowOrNothing() throws {
        let queue = try makeQueue()
        try queue.write { db in
            try db.execute(sql: "INSERT INTO t (i, n) VALUES (1, NULL), (2, '5')")
            let sql = "SELECT i, n FROM t WHERE i >= ? ORDER BY i"
            let read = { (row: ColumnReader) in (row.int64(0), row.optionalInt64(1)) }
            let first = try db.firstRow(sql, { $0.bind(1) }, read: read)
            #expect(first?.0 == 1)
            #expect(first?.1 == nil)
            let second = try db.firstRow(sql, { $0.bind(2) }, read: read)
            #expect(second?.0 == 2)
            #expect(second?.1 == 5)
            #expect(try db.firstRow(sql, { $0.bind(3) }, read: read) == nil)
        }
    }

    /// A value bound past the statement's parameters is SQLite's range error, and nothing runs.
    @Test func aValueSQLiteRefusesFailsTheRunBeforeItSteps() throws {
        let queue = try makeQueue()
        try queue.write { (db: Database) throws in
            #expect {
                try db.run("INSERT INTO t (i) VALUES (?)") { values in
                    values.bind(1)
                    values.bind("one too many")
                }
            } throws: { error in
                (error as? DatabaseError)?.resultCode == .SQLITE_RANGE
            }
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM t") == 0)
        }
    }
}
