import Foundation
import GRDB
import GRDBSQLite

/// Binds values by position straight to a prepared statement, for the inserts an import runs
/// hundreds of thousands of times: GRDB's `StatementArguments` box every value, convert it and
/// check the count on each execution, which cost as much as some of the inserts themselves.
///
/// A value SQLite refuses (too big, or a position past the statement's parameters) is reported by
/// the run as SQLite's error, before the statement steps.
struct StatementBinder {
    private let statement: SQLiteStatement
    private var index: Int32 = 1
    /// The first result code other than SQLITE_OK a bind returned.
    fileprivate private(set) var failure: Int32?

    fileprivate init(_ statement: SQLiteStatement) {
        self.statement = statement
    }

    private mutating func record(_ code: Int32) {
        if code != SQLITE_OK, failure == nil { failure = code }
        index += 1
    }

    mutating func bind(_ value: Int64) {
        record(sqlite3_bind_int64(statement, index, value))
    }

    mutating func bind(_ value: Int) {
        bind(Int64(value))
    }

    mutating func bind(_ value: Double) {
        record(sqlite3_bind_double(statement, index, value))
    }

    mutating func bind(_ value: String) {
        var value = value
        let code = value.withUTF8 { bytes in
            guard let base = bytes.baseAddress, bytes.count > 0 else {
                // A buffer without an address would bind NULL.
                return sqlite3_bind_text(statement, index, "", 0, Self.transient)
            }
            guard let length = Int32(exactly: bytes.count) else { return SQLITE_TOOBIG }
            let text = UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self)
            return sqlite3_bind_text(statement, index, text, length, Self.transient)
        }
        record(code)
    }

    mutating func bind(_ value: Data) {
        let code = value.withUnsafeBytes { bytes in
            guard let base = bytes.baseAddress, bytes.count > 0 else {
                return sqlite3_bind_zeroblob(statement, index, 0)
            }
            guard let length = Int32(exactly: bytes.count) else { return SQLITE_TOOBIG }
            return sqlite3_bind_blob(statement, index, base, length, Self.transient)
        }
        record(code)
    }

    mutating func bind(_ value: Int64?) {
        if let value { bind(value) } else { bindNull() }
    }

    mutating func bind(_ value: String?) {
        if let value { bind(value) } else { bindNull() }
    }

    mutating func bindNull() {
        record(sqlite3_bind_null(statement, index))
    }

    /// SQLITE_TRANSIENT: SQLite copies the value before the call returns.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}

extension Database {
    /// Runs the cached statement for `sql` once with the values `bind` gives, in order.
    func run(_ sql: String, _ bind: (inout StatementBinder) -> Void) throws {
        _ = try step(sql, bind) { _ in () }
    }

    /// Runs the cached query for `sql` with the values `bind` gives and reads its first row with
    /// `read`; nil when it has none.
    func firstRow<T>(_ sql: String, _ bind: (inout StatementBinder) -> Void, read: (ColumnReader) -> T) throws -> T? {
        try step(sql, bind, read)
    }

    private func step<T>(_ sql: String, _ bind: (inout StatementBinder) -> Void, _ read: (ColumnReader) -> T) throws
        -> T?
    {
        let handle = try cachedStatement(sql: sql).sqliteStatement
        sqlite3_reset(handle)
        var binder = StatementBinder(handle)
        bind(&binder)
        if let failure = binder.failure {
            throw DatabaseError(
                resultCode: ResultCode(rawValue: failure), message: String(cString: sqlite3_errstr(failure)), sql: sql)
        }
        let code = sqlite3_step(handle)
        defer { sqlite3_reset(handle) }
        switch code {
        case SQLITE_ROW: return read(ColumnReader(statement: handle))
        case SQLITE_DONE: return nil
        default:
            throw DatabaseError(
                resultCode: ResultCode(rawValue: sqlite3_extended_errcode(sqliteConnection)),
                message: String(cString: sqlite3_errmsg(sqliteConnection)), sql: sql)
        }
    }
}

/// Reads the columns of the current row of a statement run with `Database.firstRow`.
struct ColumnReader {
    fileprivate let statement: SQLiteStatement

    func int64(_ column: Int32) -> Int64 {
        sqlite3_column_int64(statement, column)
    }

    func optionalInt64(_ column: Int32) -> Int64? {
        sqlite3_column_type(statement, column) == SQLITE_NULL ? nil : sqlite3_column_int64(statement, column)
    }
}
