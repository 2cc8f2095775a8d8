import BiganText
import CoreFoundation
import Foundation

/// Decodes a text file's bytes: byte-order marks first, then strict UTF-8, then GB18030 (GBK's superset).
///
/// A file cut off inside its last multi-byte character is refused as incomplete; any other bad
/// byte is an error naming its offset. UTF-16 needs a byte-order mark, or ASCII whose NUL bytes
/// give the byte order away.
struct TextDecoder: Sendable {
    /// Complete multi-byte UTF-8 sequences before the first bad byte that make a file damaged UTF-8
    /// rather than GB18030 (whose Chinese text rarely forms even a few valid UTF-8 sequences in a row).
    static let utf8Evidence = 16

    func decode(_ data: Data, file: String) throws -> DecodedText {
        guard !data.isEmpty else { throw BiganError(file: file, "文件是空的") }
        return try data.withUnsafeBytes { raw in
            if let mark = ByteOrderMark.detect(raw) {
                let body = UnsafeRawBufferPointer(rebasing: raw[mark.bytes.count...])
                guard !body.isEmpty else { throw BiganError(file: file, "文件是空的") }
                return try decodeMarked(body, mark: mark, file: file)
            }
            let statistics = ByteStatistics(raw)
            if statistics.hasNul {
                guard let encoding = statistics.utf16WithoutMark else { throw Self.binary(file) }
                return try decodeUTF16(raw, bigEndian: encoding == .utf16be, offset: 0, file: file)
            }
            guard !statistics.hasManyControls else { throw Self.binary(file) }
            return try decodeUnmarked(raw, hasControls: statistics.controls > 0, file: file)
        }
    }

    static func binary(_ file: String) -> BiganError {
        BiganError(file: file, "这是二进制数据，不是文字")
    }

    static func cutOff(_ file: String) -> BiganError {
        BiganError(file: file, "文件在一个字的中间断掉了（没有复制完整）")
    }

    private func decodeMarked(_ body: UnsafeRawBufferPointer, mark: ByteOrderMark, file: String) throws
        -> DecodedText
    {
        let offset = mark.bytes.count
        switch mark {
        case .utf16le, .utf16be:
            return try decodeUTF16(body, bigEndian: mark == .utf16be, offset: offset, file: file)
        case .utf8, .gb18030:
            let statistics = ByteStatistics(body)
            guard !statistics.hasNul, !statistics.hasManyControls else { throw Self.binary(file) }
            let check = mark == .utf8 ? UTF8Check.check(body).check : GB18030Check.check(body)
            return try decodeChecked(
                body, check, as: mark.encoding, offset: offset, hasControls: statistics.controls > 0, file: file)
        }
    }

    /// Text without a byte-order mark and without NUL bytes: UTF-8 if it validates, else GB18030.
    private func decodeUnmarked(_ bytes: UnsafeRawBufferPointer, hasControls: Bool, file: String) throws
        -> DecodedText
    {
        let utf8Result = UTF8Check.check(bytes)
        guard case .invalid(let utf8Problem) = utf8Result.check,
            utf8Result.multibyteSequences < Self.utf8Evidence
        else {
            return try decodeChecked(
                bytes, utf8Result.check, as: .utf8, offset: 0, hasControls: hasControls, file: file)
        }
        let gbCheck = GB18030Check.check(bytes)
        if case .invalid(let gbProblem) = gbCheck {
            throw BiganError(
                file: file,
                "不是 UTF-8、UTF-16 或 GB18030/GBK 编码的文字：按 UTF-8 在第 \(utf8Problem) 字节出错，"
                    + "按 GB18030 在第 \(gbProblem) 字节出错")
        }
        return try decodeChecked(bytes, gbCheck, as: .gb18030, offset: 0, hasControls: hasControls, file: file)
    }

    /// Decodes UTF-8 or GB18030 bytes already checked; a cut-off last character is dropped.
    private func decodeChecked(
        _ bytes: UnsafeRawBufferPointer, _ check: ByteCheck, as encoding: TextEncoding, offset: Int,
        hasControls: Bool, file: String
    ) throws -> DecodedText {
        let usable: UnsafeRawBufferPointer
        switch check {
        case .valid: usable = bytes
        case .truncated: throw Self.cutOff(file)
        case .invalid(let at):
            let name = encoding == .utf8 ? "UTF-8" : "GB18030"
            throw BiganError(file: file, "不是有效的 \(name) 文字：第 \(at + offset) 字节有误")
        }
        let text: String
        if encoding == .utf8 {
            text = String(decoding: usable, as: UTF8.self)
        } else {
            guard let decoded = Self.gb18030(usable) else {
                throw BiganError(file: file, "不是有效的 GB18030 文字：有些字节不对应任何字")
            }
            text = decoded
        }
        return DecodedText(text: text, encoding: encoding, hasControls: hasControls)
    }

    private func decodeUTF16(_ bytes: UnsafeRawBufferPointer, bigEndian: Bool, offset: Int, file: String) throws
        -> DecodedText
    {
        let result = UTF16Decoding.decode(bytes, bigEndian: bigEndian)
        if case .truncated = result.check { throw Self.cutOff(file) }
        if case .invalid(let at) = result.check {
            let name = bigEndian ? "UTF-16BE" : "UTF-16LE"
            throw BiganError(file: file, "不是有效的 \(name) 文字：第 \(at + offset) 字节有不成对的代理码元")
        }
        guard let text = result.text, result.units > 0 else { throw BiganError(file: file, "文件是空的") }
        guard result.controls * 100 < result.units else { throw Self.binary(file) }
        return DecodedText(text: text, encoding: bigEndian ? .utf16be : .utf16le, hasControls: result.controls > 0)
    }

    /// Strict GB18030 decoding through CoreFoundation, which answers nil for unmapped sequences.
    static func gb18030(_ bytes: UnsafeRawBufferPointer) -> String? {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return "" }
        let data = Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: bytes.count, deallocator: .none)
        return String(data: data, encoding: gb18030Encoding)
    }

    /// kCFStringEncodingGB_18030_2000.
    static let gb18030Encoding = String.Encoding(
        rawValue: CFStringConvertEncodingToNSStringEncoding(CFStringEncoding(0x0632)))
}
