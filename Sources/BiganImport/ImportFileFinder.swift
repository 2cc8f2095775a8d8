import Foundation

/// Expands the paths given to `bigan import` into the files to read: folders recursively,
/// .txt, .docx and files without an extension (judged by their bytes); hidden files and other
/// files are skipped with a reason. A file named explicitly is always read.
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
        var path: String
        var size: Int64
    }

    func plan(_ paths: [String]) -> Plan {
        var plan = Plan()
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                plan.missing.append(ImportFailure(file: path, error: "没有这个文件或文件夹"))
                continue
            }
            if isFolder.boolValue {
                walk(folder: path, into: &plan)
            } else {
                plan.files.append(PlannedFile(path: path, size: Self.size(of: path)))
            }
        }
        return plan
    }

    private func walk(folder: String, into plan: inout Plan) {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
        for name in names {
            let path = (folder as NSString).appendingPathComponent(name)
            let url = URL(fileURLWithPath: path)
            let values = try? url.resourceValues(forKeys: [.isDirectoryKey, .isSymbolicLinkKey, .isRegularFileKey])
            if name.hasPrefix(".") {
                plan.skipped.append(SkippedFile(file: path, reason: "隐藏文件"))
            } else if values?.isDirectory == true {
                walk(folder: path, into: &plan)
            } else if values?.isSymbolicLink == true, Self.isFolder(path) {
                plan.skipped.append(SkippedFile(file: path, reason: "指向文件夹的链接"))
            } else if !Self.extensions.contains(url.pathExtension.lowercased()) {
                plan.skipped.append(SkippedFile(file: path, reason: Self.skipReason(url.pathExtension)))
            } else {
                plan.files.append(PlannedFile(path: path, size: Self.size(of: path)))
            }
        }
    }

    static func skipReason(_ pathExtension: String) -> String {
        pathExtension.lowercased() == "doc"
            ? "旧版 Word 的 .doc 文件，请另存为 .docx 再导入" : "不是 .txt 或 .docx 文件"
    }

    static func isFolder(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
    }

    static func size(of path: String) -> Int64 {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.int64Value ?? 0
    }
}
