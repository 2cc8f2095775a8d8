import GRDB

/// A database error that is about the library file rather than the file being imported: every
/// later file would fail the same way, so an import stops, and the user is told in plain words.
struct LibraryFailure: Equatable {
    var message: String

    init?(_ error: DatabaseError) {
        let detail = error.message ?? "\(error.resultCode)"
        switch error.resultCode {
        case .SQLITE_FULL:
            message = "the disk is full; nothing of this file was stored (\(detail))"
        case .SQLITE_IOERR:
            message = "cannot write the library (a full disk or a disk error); nothing of this file was stored (\(detail))"
        case .SQLITE_READONLY:
            message = "the library cannot be written (read-only); nothing of this file was stored"
        case .SQLITE_CORRUPT, .SQLITE_NOTADB:
            message = "the library file is damaged; nothing of this file was stored (\(detail))"
        case .SQLITE_CANTOPEN:
            message = "the library file cannot be opened for writing (\(detail))"
        default:
            return nil
        }
    }
}
