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
    /// import's writes (a server's many requests). `forReading` (a command that only reads) opens a
    /// library that cannot be written (a read-only file or folder, a network share) read-only
    /// instead of refusing it.
    package static func open(
        at path: String, create: Bool = true, concurrentReads: Bool = false, forReading: Bool = false
    ) throws -> SQLiteStore {
        let fileManager = FileManager.default
        var isFolder: ObjCBool = false
        if fileManager.fileExists(atPath: path, isDirectory: &isFolder) {
            guard !isFolder.boolValue else { throw BiganError(file: path, "这是文件夹，不是片段库文件") }
            if forReading, !LibraryFileCheck.canWrite(path) { return try openReadOnly(at: path) }
            try LibraryFileCheck.requireLibraryFile(at: path)
        } else {
            guard create else {
                throw BiganError(file: path, "这里没有片段库；可以用 bigan import --library \(path) 文件… 新建一个")
            }
            try LibraryFileCheck.requireWritableFolder(of: path, creating: false)
        }
        do {
            return try BusyPolicy.run(path: path) {
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

    /// Opens a library that cannot be written for reading alone: nothing is migrated, indexed or
    /// annotated, and no journal is needed beside it.
    static func openReadOnly(at path: String) throws -> SQLiteStore {
        try LibraryFileCheck.requireLibraryHeader(at: path)
        do {
            let queue = try BusyPolicy.run(path: path) {
                try LibraryFileCheck.readOnlyQueue(path, idleAsItStands: true)
            }
            try queue.read { db in try LibraryFileCheck.requireBiganLibrary(db, path: path) }
            return try SQLiteStore(queue, path: path, readOnly: true)
        } catch let error as DatabaseError {
            throw BiganError(file: path, "无法以只读方式打开片段库（\(error.message ?? error.description)）")
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
        guard try requireLibraryHeader(at: path) else {
            try requireWritable(path)
            return  // an empty file is an empty database: SQLite makes it a library
        }
        try requireWritable(path)
        try requireWritableFolder(of: path, creating: false)
        try inspect(path)
    }

    /// Whether the file has an SQLite header (false: it is empty); throws when it cannot be read
    /// or is something else.
    @discardableResult
    static func requireLibraryHeader(at path: String) throws -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw BiganError(file: path, "无法读取片段库文件（没有权限）")
        }
        let header = (try? handle.read(upToCount: 100)) ?? Data()
        try? handle.close()
        if header.isEmpty { return false }
        guard header.count >= 16, Array(header.prefix(16)) == sqliteHeader else {
            throw BiganError(file: path, "不是 SQLite 数据库，也就不是笔杆的片段库；文件未被改动")
        }
        return true
    }

    /// A read-only connection. A library in WAL mode needs its shared-memory file beside it; in a
    /// folder that cannot take one, nobody can be writing the library, and it is read as it
    /// stands on disk (SQLite's `immutable`).
    ///
    /// `idleAsItStands` reads a library nobody has open (no shared-memory file) as it stands
    /// straight away: a read-only connection would otherwise leave a journal and a shared-memory
    /// file behind in a folder the user made read-only (where root may still write).
    static func readOnlyQueue(_ path: String, idleAsItStands: Bool = false) throws -> DatabaseQueue {
        let configuration = SQLiteStore.makeConfiguration(readonly: true)
        if idleAsItStands, !FileManager.default.fileExists(atPath: path + "-shm") {
            return try DatabaseQueue(path: immutableURI(path), configuration: configuration)
        }
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            try queue.read { db in _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") }
            return queue
        } catch let error as DatabaseError where !BusyPolicy.isBusy(error) {
            let queue = try DatabaseQueue(path: immutableURI(path), configuration: configuration)
            try queue.read { db in _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") }
            return queue
        }
    }

    static func immutableURI(_ path: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "/-._~")
        let escaped = path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
        return "file:\(escaped)?immutable=1"
    }

    /// Refuses another program's database and a library of a newer bigan.
    static func requireBiganLibrary(_ db: Database, path: String) throws {
        let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
        let foreign = applicationID != 0 && applicationID != SQLiteStore.applicationID
        if foreign || (!tables.isEmpty && !tables.contains("grdb_migrations")) {
            throw BiganError(
                file: path, "是其他程序的 SQLite 数据库，不是笔杆的片段库；文件未被改动")
        }
        try SQLiteStore.refuseNewerSchema(db, path: path)
    }

    /// Reads the database without writing: another program's database and a newer schema are refused.
    private static func inspect(_ path: String) throws {
        do {
            let queue = try readOnlyQueue(path)
            defer { try? queue.close() }
            try queue.read { db in try requireBiganLibrary(db, path: path) }
        } catch let error as DatabaseError {
            throw BiganError(
                file: path,
                "不是可读的笔杆片段库（\(error.message ?? error.description)）；文件未被改动")
        }
    }

    static func requireWritable(_ path: String) throws {
        if !isWritable(path) {
            throw BiganError(file: path, "片段库文件是只读的，本命令需要写入片段库（文件未改动）；查询类命令仍可只读使用")
        }
    }

    /// Whether the library file and its folder (its journal) can both be written.
    static func canWrite(_ path: String) -> Bool {
        isWritable(path) && isWritable(URL(fileURLWithPath: path).deletingLastPathComponent().path)
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
                file: path, "片段库所在的文件夹 \(folder) 是只读的，本命令需要在那里写入片段库及其日志文件（文件未改动）")
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
