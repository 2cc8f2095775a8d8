import Foundation
import Testing

@testable import BiganIntake
@testable import BiganText

/// Bad .docx files: each refused with an error naming the file, quickly and in little memory.
@Suite struct DocxFailureTests {
    typealias F = IntakeFixtures

    @Test func refusesATextFileNamedDocx() throws {
        let fixtures = try IntakeFixtures()
        let path = try fixtures.write("同志们：这不是 Word 文件。", to: "fake.docx")
        #expect(throws: BiganError(file: path, "不是 .docx 文件：它不是 zip 压缩包")) {
            try SourceReader().read(path: path)
        }
    }

    @Test func refusesAnOldWordDocumentNamedDocx() throws {
        let fixtures = try IntakeFixtures()
        let path = try fixtures.write([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0], to: "old.docx")
        let message = "不是 .docx 文件：这个文件是Word 97–2003 或 WPS 文档（请先另存为 .docx）"
        #expect(throws: BiganError(file: path, message)) { try SourceReader().read(path: path) }
    }

    @Test func refusesAZipWithoutDocument() throws {
        let fixtures = try IntakeFixtures()
        let path = try fixtures.zip([("readme.txt", Array("hello".utf8))], to: "nodoc.docx")
        #expect(throws: BiganError(file: path, "不是 Word 文档：压缩包里没有 word/document.xml")) {
            try SourceReader().read(path: path)
        }
    }

    @Test func refusesATruncatedZip() throws {
        let fixtures = try IntakeFixtures()
        let whole = try fixtures.docx(body: F.paragraph(F.text("同志们")))
        let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: whole)))
        let path = try fixtures.write(Array(bytes.prefix(bytes.count / 2)), to: "cut.docx")
        #expect(throws: BiganError(file: path, ".docx 文件已损坏：无法按 zip 压缩包读取")) {
            try SourceReader().read(path: path)
        }
    }

    @Test(arguments: [
        ("<w:p><w:r><w:t>未闭合</w:r></w:p>", "word/document.xml 不是格式正确的 XML"),
        ("<w:p><w:r><w:t>缺少结尾", "word/document.xml 不是格式正确的 XML"),
    ])
    func refusesMalformedXML(_ body: String, _ message: String) throws {
        let fixtures = try IntakeFixtures()
        let path = try fixtures.docx(body: body)
        let error = try #require(throws: BiganError.self) { try SourceReader().read(path: path) }
        #expect(error.file == path)
        #expect(error.message.hasPrefix(".docx 文件已损坏：" + message))
    }

    @Test func refusesADoctype() throws {
        let fixtures = try IntakeFixtures()
        let xml =
            #"<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa">]>"#
            + F.wordXML("document", "<w:body><w:p><w:r><w:t>&a;</w:t></w:r></w:p></w:body>")
        let path = try fixtures.zip([("word/document.xml", Array(xml.utf8))], to: "doctype.docx")
        let message = "word/document.xml 含有 DOCTYPE 声明，Word 从不写这个，拒绝读取"
        #expect(throws: BiganError(file: path, message)) { try SourceReader().read(path: path) }
    }

    /// 5 MiB of XML against a 1 MiB limit: refused by the size the archive declares.
    @Test func refusesAZipBombByDeclaredSize() throws {
        let fixtures = try IntakeFixtures()
        let path = try fixtures.zip([("word/document.xml", Self.bombXML(megabytes: 5))], to: "bomb.docx")
        let message = "word/document.xml 解压后超过 1 MiB，可能是恶意的“压缩炸弹”，拒绝读取"
        #expect(throws: BiganError(file: path, message)) {
            try SourceReader(docxPartLimit: 1 << 20).read(path: path)
        }
    }

    /// The same bomb whose headers claim a small size: refused while unpacking, after 1 MiB.
    @Test func refusesAZipBombThatLiesAboutItsSize() throws {
        let fixtures = try IntakeFixtures()
        let honest = try fixtures.zip([("word/document.xml", Self.bombXML(megabytes: 5))], to: "honest.docx")
        let bytes = Self.claimingSize(1000, in: try Array(Data(contentsOf: URL(fileURLWithPath: honest))))
        let path = try fixtures.write(bytes, to: "liar.docx")
        let message = "word/document.xml 解压后超过 1 MiB，可能是恶意的“压缩炸弹”，拒绝读取"
        #expect(throws: BiganError(file: path, message)) {
            try SourceReader(docxPartLimit: 1 << 20).read(path: path)
        }
    }

    static func bombXML(megabytes: Int) -> [UInt8] {
        let paragraph = Array(F.paragraph(F.text("同志们，这是重复的文字。")).utf8)
        var xml = Array(#"<?xml version="1.0"?><w:document xmlns:w="\#(F.wordNamespace)"><w:body>"#.utf8)
        while xml.count < megabytes << 20 { xml += paragraph }
        return xml + Array("</w:body></w:document>".utf8)
    }

    /// Rewrites the uncompressed size in every local header and central-directory record.
    static func claimingSize(_ size: UInt32, in bytes: [UInt8]) -> [UInt8] {
        var bytes = bytes
        let sizeBytes = withUnsafeBytes(of: size.littleEndian, Array.init)
        for index in 0..<(bytes.count - 4) {
            let signature = bytes[index..<index + 4]
            if signature.elementsEqual([0x50, 0x4B, 0x03, 0x04]) {
                bytes.replaceSubrange(index + 22..<index + 26, with: sizeBytes)
            } else if signature.elementsEqual([0x50, 0x4B, 0x01, 0x02]) {
                bytes.replaceSubrange(index + 24..<index + 28, with: sizeBytes)
            }
        }
        return bytes
    }
}
