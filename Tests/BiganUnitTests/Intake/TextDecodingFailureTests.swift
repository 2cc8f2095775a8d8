import Foundation
import Testing

@testable import BiganIntake
@testable import BiganText

/// Bad input: each file is refused with an error that names the file and the problem.
@Suite struct TextDecodingFailureTests {
    static let longValidText = String(repeating: "政务公开是原则，", count: 10)

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var file: String
        var bytes: [UInt8]
        var message: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "empty", file: "empty.txt", bytes: [], message: "文件是空的"),
        Case(name: "BOM only", file: "bom.txt", bytes: [0xEF, 0xBB, 0xBF], message: "文件是空的"),
        Case(
            name: "white space only", file: "blank.txt", bytes: Array(" \n\u{3000}\n\t\n".utf8),
            message: "文件里没有文字"),
        Case(
            name: "NUL bytes", file: "nul.txt", bytes: [0x41, 0x00, 0x00, 0x00, 0x42, 0x00, 0x00, 0x13, 0x43, 0x44],
            message: "这是二进制数据，不是文字"),
        Case(
            name: "control characters", file: "controls.txt",
            bytes: Array("文本\u{1}\u{2}\u{3}\u{4}\u{5}内容\u{6}".utf8), message: "这是二进制数据，不是文字"),
        Case(
            name: "PNG image", file: "image.txt", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A],
            message: "不是文字：这个文件是图片"),
        Case(
            name: "PDF named .txt", file: "paper.txt", bytes: Array("%PDF-1.7\n".utf8),
            message: "不是文字：这个文件是PDF（请先另存或导出为 .docx 或 .txt）"),
        Case(
            name: "damaged UTF-8", file: "damaged.txt",
            bytes: Array(longValidText.utf8) + [0xC0, 0xAF] + Array("结束".utf8),
            message: "不是有效的 UTF-8 文字：第 \(longValidText.utf8.count) 字节有误"),
        Case(
            name: "UTF-8 surrogate after BOM", file: "surrogate.txt",
            bytes: [0xEF, 0xBB, 0xBF] + Array("讲话".utf8) + [0xED, 0xA0, 0x80],
            message: "不是有效的 UTF-8 文字：第 10 字节有误"),
        Case(
            name: "neither UTF-8 nor GB18030", file: "garbage.txt", bytes: [0x41, 0x42, 0xFF, 0xFE, 0x80, 0x41],
            message:
                "不是 UTF-8、UTF-16 或 GB18030/GBK 编码的文字：按 UTF-8 在第 2 字节出错，按 GB18030 在第 2 字节出错"),
        Case(
            name: "GB18030 with bad trail byte", file: "gb.txt",
            bytes: [0x84, 0x31, 0x95, 0x33] + IntakeFixtures.gb18030("讲话") + [0x81, 0x20],
            message: "不是有效的 GB18030 文字：第 9 字节有误"),
        Case(
            name: "GB18030 four bytes without a character", file: "unmapped.txt",
            bytes: IntakeFixtures.gb18030("讲话") + [0xFE, 0x39, 0xFE, 0x39],
            message: "不是有效的 GB18030 文字：有些字节不对应任何字"),
        Case(
            name: "UTF-16LE unpaired surrogate", file: "u16.txt",
            bytes: [0xFF, 0xFE] + IntakeFixtures.utf16("讲话", bigEndian: false) + [0x00, 0xDC, 0x41, 0x00],
            message: "不是有效的 UTF-16LE 文字：第 6 字节有不成对的代理码元"),
        Case(
            name: "UTF-16BE unpaired surrogate", file: "u16be.txt",
            bytes: [0xFE, 0xFF, 0xD8, 0x00, 0x00, 0x41],
            message: "不是有效的 UTF-16BE 文字：第 2 字节有不成对的代理码元"),
    ]

    @Test(arguments: cases)
    func refusesWithAClearMessage(_ testCase: Case) throws {
        let fixtures = try IntakeFixtures()
        let path = try fixtures.write(testCase.bytes, to: testCase.file)
        #expect(throws: BiganError(file: path, testCase.message)) { try SourceReader().read(path: path) }
    }

    @Test(arguments: [
        ("old.doc", "不支持 .doc 文件：这是 Word 97–2003 或 WPS 文档，请先另存为 .docx"),
        ("report.pdf", "不支持 .pdf 文件：这是 PDF，请先另存或导出为 .docx 或 .txt"),
        ("table.xlsx", "不支持 .xlsx 文件：这是电子表格，不是讲话材料"),
        ("notes.xyz", "不支持 .xyz 文件；笔杆只读 .txt 和 .docx"),
    ])
    func refusesUnsupportedTypes(_ name: String, _ message: String) throws {
        let fixtures = try IntakeFixtures()
        let path = try fixtures.write("同志们：", to: name)
        #expect(throws: BiganError(file: path, message)) { try SourceReader().read(path: path) }
    }

    @Test func refusesMissingFilesAndFolders() throws {
        let fixtures = try IntakeFixtures()
        let missing = fixtures.folder.appendingPathComponent("missing.txt").path
        #expect(throws: BiganError(file: missing, "没有这个文件")) { try SourceReader().read(path: missing) }
        let folder = fixtures.folder.appendingPathComponent("folder.txt")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        #expect(throws: BiganError(file: folder.path, "这是文件夹，不是文件")) {
            try SourceReader().read(path: folder.path)
        }
    }

    /// A file cut inside its last character is an incomplete copy: refused, as `bigan import`
    /// refuses it, while the whole file reads in its encoding.
    @Test(
        arguments: [
            ("UTF-8", Array("同志们好".utf8), 1, TextEncoding.utf8),
            ("GB18030", IntakeFixtures.gb18030("同志们好"), 1, .gb18030),
            ("GB18030 four-byte", IntakeFixtures.gb18030("同志们€好𠀀"), 2, .gb18030),
            ("UTF-16LE odd length", [0xFF, 0xFE] + IntakeFixtures.utf16("同志们好", bigEndian: false), 1, .utf16le),
            ("UTF-16BE cut pair", [0xFE, 0xFF] + IntakeFixtures.utf16("同志们𠀀", bigEndian: true), 2, .utf16be),
        ] as [(String, [UInt8], Int, TextEncoding)])
    func refusesATruncatedLastCharacter(_ name: String, _ whole: [UInt8], _ cut: Int, _ encoding: TextEncoding) throws {
        let fixtures = try IntakeFixtures()
        #expect(
            try SourceReader().read(path: try fixtures.write(whole, to: "whole.txt")).encoding == encoding, "\(name)")
        let path = try fixtures.write(Array(whole.dropLast(cut)), to: "cut.txt")
        #expect(throws: BiganError(file: path, "文件在一个字的中间断掉了（没有复制完整）")) {
            try SourceReader().read(path: path)
        }
    }
}
