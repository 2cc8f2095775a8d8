/// The first bytes of file types that are not plain text.
enum FileSignature: CaseIterable, Sendable {
    case zip, ole, pdf, rtf, png, jpeg, gif, gzip, rar, sevenZip, elf

    var magic: [UInt8] {
        switch self {
        case .zip: return [0x50, 0x4B, 0x03, 0x04]
        case .ole: return [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
        case .pdf: return Array("%PDF-".utf8)
        case .rtf: return Array("{\\rtf".utf8)
        case .png: return [0x89, 0x50, 0x4E, 0x47]
        case .jpeg: return [0xFF, 0xD8, 0xFF]
        case .gif: return Array("GIF8".utf8)
        case .gzip: return [0x1F, 0x8B]
        case .rar: return Array("Rar!".utf8)
        case .sevenZip: return [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C]
        case .elf: return [0x7F, 0x45, 0x4C, 0x46]
        }
    }

    /// What the file is, for an error message.
    var description: String {
        switch self {
        case .zip: return "zip 压缩包"
        case .ole: return "Word 97–2003 或 WPS 文档（请先另存为 .docx）"
        case .pdf: return "PDF（请先另存或导出为 .docx 或 .txt）"
        case .rtf: return "RTF 文档（请先另存为 .docx 或 .txt）"
        case .png, .jpeg, .gif: return "图片"
        case .gzip, .rar, .sevenZip: return "压缩包"
        case .elf: return "程序"
        }
    }

    /// The signature `head` starts with, if any.
    static func detect(_ head: [UInt8]) -> FileSignature? {
        allCases.first { head.starts(with: $0.magic) }
    }

    /// How many leading bytes `detect` needs.
    static let headLength = allCases.map(\.magic.count).max() ?? 8
}
