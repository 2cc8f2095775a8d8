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
        (["doc", "wps", "dot"], "a Word 97–2003 or WPS document; save it as .docx first"),
        (["pdf"], "a PDF; save or export it as .docx or .txt first"),
        (["xls", "xlsx", "et", "csv", "ods"], "a spreadsheet, not a speech"),
        (["ppt", "pptx", "dps", "odp"], "a presentation; copy its text into a .txt or .docx"),
        (["odt", "rtf", "pages", "html", "htm", "mht"], "save it as .docx or .txt first"),
        (["zip", "rar", "7z", "gz", "tar"], "an archive; unpack it first"),
        (["jpg", "jpeg", "png", "gif", "bmp", "tif", "tiff", "webp"], "an image, not text"),
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
            let detail = hint.map { ": \($0)" } ?? "; Bigan reads .txt and .docx"
            throw BiganError(file: path, "unsupported file type .\(ext)\(detail)")
        }
    }
}
