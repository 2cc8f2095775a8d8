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
        guard !file.data.isEmpty else { throw BiganError(file: path, "the file is empty") }
        let signature = FileSignature.detect(Array(file.data.prefix(FileSignature.headLength)))
        if signature == .zip {
            let lines = try DocxReader(partLimit: docxPartLimit).read(file)
            return try document(path: path, encoding: .docx, lines: lines)
        }
        if let signature {
            let what = format == .docx ? "not a .docx" : "not text"
            throw BiganError(file: path, "\(what): the file is \(signature.description)")
        }
        guard format == .text else {
            throw BiganError(file: path, "not a .docx: the file is not a zip archive")
        }
        let decoded = try TextDecoder().decode(file.data, file: path)
        let lines = LineSplitter(dropControls: decoded.hasControls).split(decoded.text)
        return try document(path: path, encoding: decoded.encoding, lines: lines)
    }

    private func document(path: String, encoding: TextEncoding, lines: [SourceLine]) throws -> SourceDocument {
        guard lines.contains(where: { !$0.text.isEmpty }) else {
            throw BiganError(file: path, encoding == .docx ? "the document holds no text" : "the file holds no text")
        }
        return SourceDocument(path: path, encoding: encoding, lines: lines)
    }
}
