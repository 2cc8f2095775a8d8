import Foundation
import Testing

@testable import BiganIntake
@testable import BiganText

@Suite struct BytePathTests {
    static let gbkName: [UInt8] = [0xBD, 0xB2, 0xBB, 0xB0] + Array(".txt".utf8)  // 讲话.txt in GBK

    @Test(arguments: [
        (Array("/材料/讲话.txt".utf8), "/材料/讲话.txt"),
        (Array("/材料/".utf8) + gbkName, "/材料/讲话.txt"),
        ([0x2F, 0xFF, 0xFE, 0x2E, 0x74] as [UInt8], "/\\xFF\\xFE.t"),
        (Array("a/esc\u{1B}[31m.txt".utf8), "a/esc\u{1B}[31m.txt"),
    ])
    func namesDecodePartByPart(bytes: [UInt8], display: String) {
        #expect(BytePath(bytes: bytes).display == display)
    }

    @Test func nameAndExtensionComeFromTheBytes() {
        let path = BytePath(bytes: Array("/材料/".utf8) + Self.gbkName)
        #expect(Array(path.name) == Self.gbkName)
        #expect(path.pathExtension == "txt")
        #expect(BytePath(".hidden").pathExtension == "")
        #expect(BytePath("/a/b.DOCX").pathExtension == "docx")
        #expect(BytePath("/a").appending(Self.gbkName).bytes == Array("/a/".utf8) + Self.gbkName)
    }

    @Test func controlCharactersAreShownEscaped() {
        #expect(VisibleText.escaped("esc\u{1B}[31mred\r.txt") == "esc\\x1B[31mred\\x0D.txt")
        #expect(VisibleText.escaped("讲话\u{202E}txt.exe") == "讲话\\u{202E}txt.exe")
        #expect(VisibleText.escaped("讲话.txt") == "讲话.txt")
        #expect(BiganError(file: "a\u{1B}b.txt", "坏").description == "a\\x1Bb.txt: 坏")
    }

    @Test func aFileIsReadByItsBytes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bytes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = BytePath(folder.path).appending(Self.gbkName)
        let descriptor = path.withCString { open($0, O_WRONLY | O_CREAT, 0o644) }
        #expect(descriptor >= 0)
        _ = "讲话正文。".utf8CString.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count - 1) }
        close(descriptor)
        let file = try SourceFile.read(at: path)
        #expect(String(decoding: file.data, as: UTF8.self) == "讲话正文。")
        #expect(file.path == folder.path + "/讲话.txt")
        #expect(path.resolved()?.bytes.suffix(Self.gbkName.count).elementsEqual(Self.gbkName) == true)
        let missing = #expect(throws: BiganError.self) {
            try SourceFile.read(at: BytePath(folder.path).appending([0xFF]))
        }
        #expect(missing?.file.hasSuffix("/\\xFF") == true)
    }
}
