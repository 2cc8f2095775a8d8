import BiganText
import Foundation
import GRDB

extension SQLiteStore {
    /// Opens the library file at `path`, creating it when absent and `create` is true.
    ///
    /// The file is checked before SQLite may write to it: a file that is not an SQLite database,
    /// an SQLite database of another program, a read-only file or folder, and a library written by
    /// a newer bigan are refused with a `BiganError`, and the file is left untouched.
    ///
    /// One connection serves a command; `concurrentReads` opens a pool whose reads go on beside an
    /// import's writes (a server's many requests).
    package static func open(at path: String, create: Bool = true, concurrentReads: Bool = false) throws
        -> SQLiteStore
    {
        let fileManager = FileManager.default
        var isFolder: ObjCBool = false
        if fileManager.fileExists(atPath: path, isDirectory: &isFolder) {
            guard !isFolder.boolValue else { throw BiganError(file: path, "这是文件夹，不是片段库文件") }
            try LibraryFileCheck.requireLibraryFile(at: path)
        } else {
            guard create else {
                throw BiganError(file: path, "这里没有片段库；可以用 bigan import --library \(path) 文件… 新建一个")
            }
            try LibraryFileCheck.requireWritableFolder(of: path, creating: false)
        }
        do {
            return try BusyPolicy.run {
                // Another process may be creating or migrating the library: its schema transaction
                // cannot be waited for inside ours, so the open is tried again.
                let configuration = makeConfiguration()
                let writer: any DatabaseWriter =
                    concurrentReads
                    ? try DatabasePool(path: path, configuration: configuration)
                    : try DatabaseQueue(path: path, configuration: configuration)
                return try SQLiteStore(writer, path: path)
            }
        } catch let error as DatabaseError {
            throw BiganError(file: path, "无法打开片段库：\(error.message ?? error.description)")
        }
    }

    /// Makes sure the folder of `path` exists (creating it when `creating`) and can take a library.
    package static func requireWritableFolder(of path: String, creating: Bool) throws {
        try LibraryFileCheck.requireWritableFolder(of: path, creating: creating)
    }
}

/// Checks made on a library file before SQLite opens it for writing.
enum LibraryFileCheck {
    static let sqliteHeader = Array("SQLite format 3\u{0}".utf8)

    static func requireLibraryFile(at path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw BiganError(file: path, "无法读取片段库文件（没有权限）")
        }
        let header = (try? handle.read(upToCount: 100)) ?? Data()
        try? handle.close()
        guard !header.isEmpty else {
            try requireWritable(path)
            return  // an empty file is an empty database: SQLite makes it a library
        }
        guard header.count >= 16, Array(header.prefix(16)) == sqliteHeader else {
            throw BiganError(file: path, "不是 SQLite 数据库，也就不是笔杆的片段库；文件未被改动")
        }
        try requireWritable(path)
        try requireWritableFolder(of: path, creating: false)
        try inspect(path)
    }

    /// Reads the database without writing: another program's database and a newer schema are refused.
    private static func inspect(_ path: String) throws {
        do {
            let queue = try DatabaseQueue(path: path, configuration: SQLiteStore.makeConfiguration(readonly: true))
            defer { try? queue.close() }
            try queue.read { db in
                let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
                let foreign = applicationID != 0 && applicationID != SQLiteStore.applicationID
                if foreign || (!tables.isEmpty && !tables.contains("grdb_migrations")) {
                    throw BiganError(
                        file: path,
                        "是其他程序的 SQLite 数据库，不是笔杆的片段库；文件未被改动")
                }
                try SQLiteStore.refuseNewerSchema(db, path: path)
            }
        } catch let error as DatabaseError {
            throw BiganError(
                file: path,
                "不是可读的笔杆片段库（\(error.message ?? error.description)）；文件未被改动")
        }
    }

    static func requireWritable(_ path: String) throws {
        if !isWritable(path) {
            throw BiganError(
                file: path, "片段库文件是只读的，而这个命令需要写入它（文件未被改动）")
        }
    }

    /// The folder must take the library's journal files (-wal, -shm) or the new library itself.
    static func requireWritableFolder(of path: String, creating: Bool) throws {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var isFolder: ObjCBool = false
        if !FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) {
            guard creating else {
                throw BiganError(file: path, "无法新建片段库：文件夹 \(folder) 不存在")
            }
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw BiganError(file: path, "无法为片段库新建文件夹 \(folder)")
            }
        } else if !isFolder.boolValue {
            throw BiganError(file: path, "无法新建片段库：\(folder) 不是文件夹")
        }
        if !isWritable(folder) {
            throw BiganError(
                file: path, "文件夹 \(folder) 是只读的，而片段库和它的日志文件需要写在那里")
        }
    }

    /// Writable by permission bits as well as by `access(2)`: root may write anywhere, yet a file
    /// the user made read-only must stay untouched.
    static func isWritable(_ path: String) -> Bool {
        guard FileManager.default.isWritableFile(atPath: path) else { return false }
        let permissions = (try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? 0o644
        return permissions & 0o222 != 0
    }
}
