/// How a source file's bytes were read, as reported in `bigan parse --json`.
public enum TextEncoding: String, Codable, Sendable, CaseIterable {
    case utf8 = "utf-8"
    case gb18030
    case utf16le = "utf-16le"
    case utf16be = "utf-16be"
    case docx
}
