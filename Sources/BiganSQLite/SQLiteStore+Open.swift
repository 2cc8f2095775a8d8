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
            guard !isFolder.boolValue else { throw BiganError(file: path, "is a folder, not a library file") }
            try LibraryFileCheck.requireLibraryFile(at: path)
        } else {
            guard create else {
                throw BiganError(file: path, "no library here; create one with `bigan import --library \(path) FILE…`")
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
            throw BiganError(file: path, "cannot open the library: \(error.message ?? error.description)")
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
            throw BiganError(file: path, "cannot read the library file (permission denied)")
        }
        let header = (try? handle.read(upToCount: 100)) ?? Data()
        try? handle.close()
        guard !header.isEmpty else {
            try requireWritable(path)
            return  // an empty file is an empty database: SQLite makes it a library
        }
        guard header.count >= 16, Array(header.prefix(16)) == sqliteHeader else {
            throw BiganError(file: path, "is not an SQLite database, so not a bigan library; it was left untouched")
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
                        "is an SQLite database of another program, not a bigan library; it was left untouched")
                }
                try SQLiteStore.refuseNewerSchema(db, path: path)
            }
        } catch let error as DatabaseError {
            throw BiganError(
                file: path,
                "is not a readable bigan library (\(error.message ?? error.description)); it was left untouched")
        }
    }

    static func requireWritable(_ path: String) throws {
        if !isWritable(path) {
            throw BiganError(
                file: path, "the library file is read-only; bigan needs to write to it (it was left untouched)")
        }
    }

    /// The folder must take the library's journal files (-wal, -shm) or the new library itself.
    static func requireWritableFolder(of path: String, creating: Bool) throws {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var isFolder: ObjCBool = false
        if !FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) {
            guard creating else {
                throw BiganError(file: path, "cannot create the library: the folder \(folder) does not exist")
            }
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw BiganError(file: path, "cannot create the folder \(folder) for the library")
            }
        } else if !isFolder.boolValue {
            throw BiganError(file: path, "cannot create the library: \(folder) is not a folder")
        }
        if !isWritable(folder) {
            throw BiganError(
                file: path, "the folder \(folder) is read-only; bigan needs to write the library and its journal there")
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
