import BiganCompose
import BiganText
import Foundation
import ZIPFoundation

/// Writes a draft as a Word .docx laid out like a printed speech (GB/T 9704-2012 page, 公文 fonts,
/// “— 1 —” page numbers right on odd pages and left on even ones).
public struct DocxWriter: Sendable {
    public var layout: DocxLayout
    /// The creation time stored in docProps/core.xml and the zip entries.
    public var created: Date

    public init(layout: DocxLayout = .gbt9704, created: Date = Date()) {
        self.layout = layout
        self.created = created
    }

    /// Writes `draft` as a .docx file at `url`, replacing any file already there.
    public func write(_ draft: Draft, to url: URL) throws {
        let data = try data(for: draft)
        do {
            try data.write(to: url, options: .atomic)
        } catch {
            throw BiganError(file: url.path, "无法写入 .docx 文件：\(error.localizedDescription)")
        }
    }

    /// The .docx package for `draft` as bytes.
    public func data(for draft: Draft) throws -> Data {
        do {
            let archive = try Archive(accessMode: .create)
            for part in parts(for: draft) {
                let bytes = Data(part.xml.utf8)
                try archive.addEntry(
                    with: part.path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: created,
                    compressionMethod: .deflate
                ) { position, size in
                    bytes.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else { throw Archive.ArchiveError.unwritableArchive }
            return data
        } catch {
            throw BiganError(file: "", "无法生成 .docx 文件：\(error)")
        }
    }

    /// Every part of the package, path and XML, in the order they are zipped.
    func parts(for draft: Draft) -> [(path: String, xml: String)] {
        [
            ("[Content_Types].xml", Self.contentTypes.document),
            ("_rels/.rels", Self.packageRelationships.document),
            ("docProps/core.xml", coreProperties(for: draft).document),
            ("docProps/app.xml", Self.appProperties.document),
            ("word/document.xml", document(for: draft).document),
            ("word/styles.xml", styles.document),
            ("word/settings.xml", Self.settings.document),
            ("word/fontTable.xml", Self.fontTable.document),
            ("word/theme/theme1.xml", Self.theme.document),
            ("word/footer1.xml", footer(odd: true).document),
            ("word/footer2.xml", footer(odd: false).document),
            ("word/_rels/document.xml.rels", Self.documentRelationships.document),
        ]
    }

    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let oddFooterId = "rIdFooterOdd"
    static let evenFooterId = "rIdFooterEven"
}
