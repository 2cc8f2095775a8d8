/// An uploaded file's relative path (as a folder upload or a zip names it), checked: no `..`, no
/// absolute path or drive letter, no control characters; the path it is kept and recorded under.
enum UploadPath {
    static let longestComponent = 255
    static let longestPath = 1024

    /// The cleaned relative path, or a Chinese reason for refusing it.
    static func relative(_ name: String) throws -> String {
        let slashed = name.replacingOccurrences(of: "\\", with: "/")
        func refuse(_ why: String) -> ServerError { ServerError.badRequest("文件名“\(name)”不能接受：\(why)") }
        guard !slashed.isEmpty else { throw refuse("没有文件名") }
        guard !slashed.hasPrefix("/") else { throw refuse("是绝对路径") }
        guard !slashed.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else {
            throw refuse("含控制字符")
        }
        let parts = slashed.split(separator: "/").filter { $0 != "." }
        guard !parts.contains("..") else { throw refuse("含“..”，会写到上传目录之外") }
        if let first = parts.first, first.count == 2, first.last == ":" { throw refuse("带盘符") }
        guard !parts.isEmpty, parts.allSatisfy({ $0.utf8.count <= longestComponent }),
            slashed.utf8.count <= longestPath
        else { throw refuse("路径太长") }
        return parts.joined(separator: "/")
    }

    /// What an upload may hold: .txt and .docx files to import, .zip archives to unpack.
    enum Kind {
        case document, archive, other
    }

    static func kind(of path: String) -> Kind {
        let lower = path.lowercased()
        if lower.hasSuffix(".txt") || lower.hasSuffix(".docx") { return .document }
        if lower.hasSuffix(".zip") { return .archive }
        return .other
    }
}
