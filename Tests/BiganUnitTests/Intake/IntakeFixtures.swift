import CoreFoundation
import Foundation
import ZIPFoundation

@testable import BiganIntake

/// Files the intake tests write for themselves: each test gets a fresh temporary folder.
struct IntakeFixtures {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("bigan-intake-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    /// Writes `bytes` to `name` in the folder and returns its path.
    func write(_ bytes: [UInt8], to name: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    func write(_ text: String, to name: String) throws -> String {
        try write(Array(text.utf8), to: name)
    }

    /// The repository's root, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func snippet(_ relativePath: String) -> String {
        packageRoot.appendingPathComponent("Snippets").appendingPathComponent(relativePath).path
    }

    static func fixture(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/Intake").appendingPathComponent(name).path
    }

    /// `text` in GB18030, encoded by CoreFoundation.
    static func gb18030(_ text: String) -> [UInt8] {
        Array(text.data(using: TextDecoder.gb18030Encoding)!)
    }

    static func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
        text.utf16.flatMap { unit -> [UInt8] in
            let high = UInt8(unit >> 8)
            let low = UInt8(unit & 0xFF)
            return bigEndian ? [high, low] : [low, high]
        }
    }

    /// Writes a zip archive with `parts` (path → bytes), deflated, and returns its path.
    func zip(_ parts: [(String, [UInt8])], to name: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        let archive = try Archive(url: url, accessMode: .create)
        for (path, bytes) in parts {
            let data = Data(bytes)
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
            ) { position, size in
                data.subdata(in: Int(position)..<min(Int(position) + size, data.count))
            }
        }
        return url.path
    }

    /// Writes a minimal .docx: content types, package relationships, the document and optional parts.
    func docx(body: String, numbering: String? = nil, styles: String? = nil, to name: String = "test.docx")
        throws -> String
    {
        var parts: [(String, [UInt8])] = [
            ("[Content_Types].xml", Array(Self.contentTypes.utf8)),
            ("_rels/.rels", Array(Self.packageRelationships.utf8)),
            ("word/document.xml", Array(Self.wordXML("document", "<w:body>\(body)</w:body>").utf8)),
        ]
        if let numbering { parts.append(("word/numbering.xml", Array(Self.wordXML("numbering", numbering).utf8))) }
        if let styles { parts.append(("word/styles.xml", Array(Self.wordXML("styles", styles).utf8))) }
        return try zip(parts, to: name)
    }

    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    static func wordXML(_ root: String, _ content: String) -> String {
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
            + #"<w:\#(root) xmlns:w="\#(wordNamespace)" "#
            + #"xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" "#
            + #"xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">"#
            + content + "</w:\(root)>"
    }

    static let contentTypes = #"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
        <Default Extension="xml" ContentType="application/xml"/>
        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
        </Types>
        """#

    static let packageRelationships = #"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
        </Relationships>
        """#

    /// A paragraph of runs; `properties` goes into its `w:pPr`.
    static func paragraph(_ runs: String..., properties: String = "") -> String {
        let pPr = properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>"
        return "<w:p>\(pPr)" + runs.map { "<w:r>\($0)</w:r>" }.joined() + "</w:p>"
    }

    static func text(_ value: String) -> String {
        #"<w:t xml:space="preserve">\#(value)</w:t>"#
    }

    static func numbered(_ value: String, numId: Int, level: Int) -> String {
        paragraph(
            text(value), properties: #"<w:numPr><w:ilvl w:val="\#(level)"/><w:numId w:val="\#(numId)"/></w:numPr>"#)
    }
}
