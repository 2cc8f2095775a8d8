import Foundation
import ZIPFoundation

@testable import BiganCompose
@testable import BiganIntake
@testable import BiganRender

/// A written .docx opened again: its entries by path, and their parsed XML.
struct DocxPackage {
    var entries: [String: Data] = [:]

    init(_ data: Data) throws {
        let archive = try Archive(data: data, accessMode: .read)
        for entry in archive where entry.type == .file {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            entries[entry.path] = bytes
        }
    }

    init(draft: Draft) throws {
        try self.init(DocxWriter(created: Date(timeIntervalSince1970: 1_767_830_400)).data(for: draft))
    }

    func xml(_ path: String) throws -> XMLTree {
        guard let data = entries[path] else { throw XMLTree.ParseError(description: "no part \(path)") }
        return try XMLTree.parse(data)
    }

    func raw(_ path: String) -> String {
        entries[path].map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    /// The paragraphs of word/document.xml's body, in order.
    func paragraphs() throws -> [XMLTree] {
        try xml("word/document.xml").first("w:body")?.children.filter { $0.name == "w:p" } ?? []
    }
}
