import BiganImport
import BiganLibrary
import BiganSQLite
import BiganText
import BiganThemes
import Foundation

/// Builds a library from the bundled corpus into a temporary file beside its final place and
/// renames it there when complete, so an interrupted build never leaves a half library.
package enum LibraryBootstrap {
    /// Builds the library at `path` from every .txt and .docx under the bundled `Snippets/`.
    package static func build(
        at path: String, from resources: ResourceLocator, annotator: ThemeAnnotator?
    ) async throws -> ImportSummary {
        try SQLiteStore.requireWritableFolder(of: path, creating: true)
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        let name = URL(fileURLWithPath: path).lastPathComponent
        removeAbandonedBuilds(in: folder, name: name)
        let temporary = folder.appendingPathComponent(
            ".\(name).partial-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        ).path
        defer { removeDatabase(at: temporary) }
        let library = try SQLiteStore.open(at: temporary, create: true)
        let importer = LibraryImporter(store: library, annotator: annotator, storedPathBase: resources.root)
        let summary = await importer.run([resources.snippets.path])
        try await library.close()
        guard summary.snippets > 0 else {
            throw BiganError(
                file: resources.snippets.path, "自带的片段材料里没有读出段落，片段库未建成")
        }
        guard !FileManager.default.fileExists(atPath: temporary + "-wal") else {
            throw BiganError(file: path, "新片段库没能写完")
        }
        try place(temporary, at: path)
        var result = summary
        result.library = path
        return result
    }

    /// Puts the finished build at `path` unless another process put its own there first: a hard
    /// link never replaces a file, so a library another command already has open (with its WAL
    /// beside it) is never swapped under it. Where the file system has no hard links, a rename.
    static func place(_ temporary: String, at path: String) throws {
        if link(temporary, path) == 0 || errno == EEXIST { return }
        if FileManager.default.fileExists(atPath: path) { return }
        guard rename(temporary, path) == 0 else {
            throw BiganError(file: path, "无法把新片段库移到位：\(String(cString: strerror(errno)))")
        }
    }

    /// Partial builds whose process is gone (killed or interrupted).
    static func removeAbandonedBuilds(in folder: URL, name: String) {
        let prefix = ".\(name).partial-"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for entry in names where entry.hasPrefix(prefix) && !entry.hasSuffix("-wal") && !entry.hasSuffix("-shm") {
            let pid = entry.dropFirst(prefix.count).split(separator: "-").first.flatMap { Int32($0) } ?? 0
            if pid != getpid(), kill(pid, 0) != 0, errno == ESRCH {
                removeDatabase(at: folder.appendingPathComponent(entry).path)
            }
        }
    }

    static func removeDatabase(at path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] {
            try? FileManager.default.removeItem(atPath: path + suffix)
        }
    }
}
