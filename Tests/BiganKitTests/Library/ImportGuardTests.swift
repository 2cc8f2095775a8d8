import Foundation
import Testing

@testable import BiganKit

@Suite struct ImportGuardTests {
    @Test(arguments: [
        ("empty", Data()),
        ("blank", Data(" \n\t\n".utf8)),
        ("noise", Data((0..<512).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) })),
        ("cut UTF-8", Data(Array("讲话稿".utf8).dropLast(2))),
        ("odd UTF-16", Data([0xFF, 0xFE, 0x2D, 0x4E, 0x87])),
    ])
    func badBytesAreRefused(name: String, data: Data) {
        #expect(throws: BiganError.self, "\(name)") { try ImportGuard.check(data, isDocx: false) }
    }

    @Test(arguments: [
        Data("同志们：\n今天的会议很重要。\n".utf8),
        Data([0xFF, 0xFE, 0x2D, 0x4E, 0x87, 0x65]),
        Data("同志们".data(using: .utf16LittleEndian)!),
        Data([0xCD, 0xAC, 0xD6, 0xBE, 0xC3, 0xC7, 0x0A]),  // 同志们 in GB18030
    ])
    func textPasses(data: Data) throws {
        try ImportGuard.check(data, isDocx: false)
    }
}

@Suite struct DocxGuardTests {
    @Test func aDocxThatIsNotAZipIsRefused() {
        #expect(throws: BiganError.self) { try ImportGuard.check(Data("纯文本".utf8), isDocx: true) }
    }

    @Test func aZipReadAsTextIsRefused() {
        #expect(throws: BiganError.self) { try ImportGuard.checkReading(Data("PK\u{3}\u{4}xx".utf8), as: .utf8) }
        #expect(throws: Never.self) { try ImportGuard.checkReading(Data("PK\u{3}\u{4}xx".utf8), as: .docx) }
    }
}

@Suite struct TruncationTests {
    @Test func cutGB18030IsRefused() {
        let gb: [UInt8] = [0xCD, 0xAC, 0xD6, 0xBE, 0xC3]  // 同志 and half of 们
        #expect(ImportGuard.isTruncated(gb))
        #expect(!ImportGuard.isTruncated(Array(gb.dropLast())))
    }

    @Test func cutUTF16WithoutBOMIsRefused() {
        let text = Array("同志们: the meeting 2024".data(using: .utf16LittleEndian)!)
        #expect(!ImportGuard.isTruncated(text))
        #expect(ImportGuard.isTruncated(Array(text.dropLast())))
    }
}

@Suite struct StrayByteTests {
    @Test func utf8WithOneStrayByteIsNotCalledCutOff() {
        let text = Array(String(repeating: "同志们，今天的会议很重要。", count: 20).utf8)
        #expect(!ImportGuard.isTruncated(Array(text[0..<30]) + [0xC3] + Array(text[30...]) + [0xB5]))
    }
}
