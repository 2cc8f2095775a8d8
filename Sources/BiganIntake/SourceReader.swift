import BiganText
import Foundation

/// Reads a .txt (any common encoding) or .docx file into lines: the one byte check of every
/// command, so that `bigan parse` and `bigan import` give the same answer for the same bytes.
public struct SourceReader: Sendable {
    /// The most bytes any one part of a .docx may unpack to.
    let docxPartLimit: Int

    public init() {
        self.init(docxPartLimit: DocxReader.defaultPartLimit)
    }

    init(docxPartLimit: Int) {
        self.docxPartLimit = docxPartLimit
    }

    /// Reads and decodes `path`; throws a `BiganError` naming the file when it cannot.
    public func read(path: String) throws -> SourceDocument {
        try read(SourceFile.read(path: path))
    }

    /// Decodes a file already read; throws a `BiganError` naming the file when it cannot.
    public func read(_ file: SourceFile) throws -> SourceDocument {
        let path = file.path
        let format = try SourceFormat(path: path)
        guard !file.data.isEmpty else { throw BiganError(file: path, "文件是空的") }
        let signature = FileSignature.detect(Array(file.data.prefix(FileSignature.headLength)))
        if signature == .zip {
            let lines = try DocxReader(partLimit: docxPartLimit).read(file)
            return try document(path: path, encoding: .docx, lines: lines)
        }
        if let signature {
            let what = format == .docx ? "不是 .docx 文件" : "不是文字"
            throw BiganError(file: path, "\(what)：这个文件是\(signature.description)")
        }
        guard format == .text else {
            throw BiganError(file: path, "不是 .docx 文件：它不是 zip 压缩包")
        }
        let decoded = try TextDecoder().decode(file.data, file: path)
        let lines = LineSplitter(dropControls: decoded.hasControls).split(decoded.text)
        return try document(path: path, encoding: decoded.encoding, lines: lines)
    }

    private func document(path: String, encoding: TextEncoding, lines: [SourceLine]) throws -> SourceDocument {
        guard lines.contains(where: { !$0.text.isEmpty }) else {
            throw BiganError(file: path, encoding == .docx ? "文档里没有文字" : "文件里没有文字")
        }
        return SourceDocument(path: path, encoding: encoding, lines: lines)
    }
}
