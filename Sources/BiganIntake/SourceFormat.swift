import BiganText

/// How a file is read, judged by its extension: text, Word's .docx, or not at all.
enum SourceFormat: Sendable, Equatable {
    case text
    case docx

    /// Extensions read as text; a file without extension is read as text too.
    static let textExtensions: Set<String> = ["txt", "text", "md", "markdown"]
    static let docxExtensions: Set<String> = ["docx", "docm", "dotx"]

    /// Why common file types Bigan cannot read are refused, and what to do instead.
    static let refusals: [(extensions: Set<String>, hint: String)] = [
        (["doc", "wps", "dot"], "这是 Word 97–2003 或 WPS 文档，请先另存为 .docx"),
        (["pdf"], "这是 PDF，请先另存或导出为 .docx 或 .txt"),
        (["xls", "xlsx", "et", "csv", "ods"], "这是电子表格，不是讲话材料"),
        (["ppt", "pptx", "dps", "odp"], "这是演示文稿，请把文字复制到 .txt 或 .docx 里"),
        (["odt", "rtf", "pages", "html", "htm", "mht"], "请先另存为 .docx 或 .txt"),
        (["zip", "rar", "7z", "gz", "tar"], "这是压缩包，请先解压"),
        (["jpg", "jpeg", "png", "gif", "bmp", "tif", "tiff", "webp"], "这是图片，不是文字"),
    ]

    /// The format for `path`, or a `BiganError` saying the type is unsupported.
    init(path: String) throws {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let dot = name.lastIndex(of: ".").flatMap { $0 == name.startIndex ? nil : $0 }
        let ext = dot.map { String(name[name.index(after: $0)...]).lowercased() } ?? ""
        if ext.isEmpty || Self.textExtensions.contains(ext) {
            self = .text
        } else if Self.docxExtensions.contains(ext) {
            self = .docx
        } else {
            let hint = Self.refusals.first { $0.extensions.contains(ext) }?.hint
            let detail = hint.map { "：\($0)" } ?? "；笔杆只读 .txt 和 .docx"
            throw BiganError(file: path, "不支持 .\(ext) 文件\(detail)")
        }
    }
}
