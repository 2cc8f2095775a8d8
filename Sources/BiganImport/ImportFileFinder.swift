import BiganIntake
import Foundation

/// Expands the paths given to `bigan import` into the files to read: folders recursively,
/// .txt, .docx and files without an extension (judged by their bytes); hidden files and other
/// files are skipped with a reason. A file named explicitly is always read.
///
/// Folders are walked by the bytes of their names (`opendir`/`readdir`), so a name that is not
/// UTF-8 (GBK from a Windows archive) is found and reached as it is.
struct ImportFileFinder {
    static let extensions: Set<String> = ["txt", "text", "docx", ""]

    struct Plan {
        var files: [PlannedFile] = []
        var skipped: [SkippedFile] = []
        var missing: [ImportFailure] = []
        var totalBytes: Int64 { files.reduce(0) { $0 + $1.size } }
    }

    struct PlannedFile {
        /// As the user would name it: the argument, joined with names below it.
        var path: BytePath
        var size: Int64
    }

    func plan(_ paths: [BytePath]) -> Plan {
        var plan = Plan()
        for path in paths {
            guard let info = path.status() else {
                plan.missing.append(ImportFailure(file: path.display, error: "没有这个文件或文件夹"))
                continue
            }
            if info.st_mode & S_IFMT == S_IFDIR {
                walk(folder: path, into: &plan)
            } else {
                plan.files.append(PlannedFile(path: path, size: Int64(info.st_size)))
            }
        }
        return plan
    }

    private func walk(folder: BytePath, into plan: inout Plan) {
        for name in Self.names(in: folder) {
            let path = folder.appending(name)
            let info = path.status(link: true)
            let kind = (info?.st_mode ?? 0) & S_IFMT
            if name.first == UInt8(ascii: ".") {
                plan.skipped.append(SkippedFile(file: path.display, reason: "隐藏文件"))
            } else if kind == S_IFDIR {
                walk(folder: path, into: &plan)
            } else if kind == S_IFLNK, let target = path.status(), target.st_mode & S_IFMT == S_IFDIR {
                plan.skipped.append(SkippedFile(file: path.display, reason: "指向文件夹的链接"))
            } else if !Self.extensions.contains(path.pathExtension) {
                plan.skipped.append(SkippedFile(file: path.display, reason: Self.skipReason(path.pathExtension)))
            } else {
                plan.files.append(PlannedFile(path: path, size: Int64(path.status()?.st_size ?? 0)))
            }
        }
    }

    /// The names in a folder (without . and ..), in byte order.
    static func names(in folder: BytePath) -> [[UInt8]] {
        guard let stream = folder.withCString({ opendir($0) }) else { return [] }
        defer { closedir(stream) }
        var names: [[UInt8]] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                Array(raw.prefix(while: { $0 != 0 }))
            }
            if name != [UInt8(ascii: ".")] && name != [UInt8(ascii: "."), UInt8(ascii: ".")] { names.append(name) }
        }
        return names.sorted { $0.lexicographicallyPrecedes($1) }
    }

    static func skipReason(_ pathExtension: String) -> String {
        pathExtension.lowercased() == "doc"
            ? "旧版 Word 的 .doc 文件，请另存为 .docx 再导入" : "不是 .txt 或 .docx 文件"
    }
}
