import BiganLibrary
import GRDB

extension StoreFailure {
    /// SQLite's words for a library whose schema lost a part (a dropped table or index).
    static let libraryDamage = ["no such table", "no such column", "no such index", "malformed"]

    /// A database error in the words a user reads. One about the library file rather than the file
    /// being imported (a full disk, a read-only or damaged library) is a library failure: every
    /// later file would fail the same way, so an import stops.
    init(_ error: DatabaseError) {
        let detail = error.message ?? "\(error.resultCode)"
        switch error.resultCode {
        case .SQLITE_FULL:
            self.init("磁盘已满；这个文件一点也没有存入（\(detail)）", isLibraryFailure: true)
        case .SQLITE_IOERR:
            self.init(
                "无法写入片段库（磁盘已满或磁盘出错）；这个文件一点也没有存入（\(detail)）",
                isLibraryFailure: true)
        case .SQLITE_READONLY:
            self.init(
                "片段库不可写（只读）；这个文件一点也没有存入", isLibraryFailure: true)
        case .SQLITE_CORRUPT, .SQLITE_NOTADB:
            self.init(
                "片段库文件已损坏；这个文件一点也没有存入（\(detail)）", isLibraryFailure: true)
        case .SQLITE_CANTOPEN:
            self.init("无法以写入方式打开片段库文件（\(detail)）", isLibraryFailure: true)
        case .SQLITE_ERROR where Self.libraryDamage.contains(where: detail.contains):
            self.init("片段库已损坏（\(detail)），此文件未存入；请从备份恢复，或重建片段库", isLibraryFailure: true)
        default:
            self.init(detail, isLibraryFailure: false)
        }
    }
}
