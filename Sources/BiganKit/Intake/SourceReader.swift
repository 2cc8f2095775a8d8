import Foundation

/// Reads a .txt (any common encoding) or .docx file into lines.
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
        let format = try SourceFormat(path: path)
        let url = URL(fileURLWithPath: path)
        let head = try readHead(url, file: path)
        guard !head.isEmpty else { throw BiganError(file: path, "the file is empty") }
        let signature = FileSignature.detect(head)
        if signature == .zip {
            let lines = try DocxReader(partLimit: docxPartLimit).read(url: url, file: path)
            return try document(path: path, encoding: .docx, lines: lines)
        }
        if let signature {
            let what = format == .docx ? "not a .docx" : "not text"
            throw BiganError(file: path, "\(what): the file is \(signature.description)")
        }
        guard format == .text else {
            throw BiganError(file: path, "not a .docx: the file is not a zip archive")
        }
        let data: Data
        do {
            data = try Data(contentsOf: url, options: .mappedIfSafe)
        } catch {
            throw BiganError(file: path, "cannot read the file (\(error.localizedDescription))")
        }
        let decoded = try TextDecoder().decode(data, file: path)
        let lines = LineSplitter(dropControls: decoded.hasControls).split(decoded.text)
        return try document(path: path, encoding: decoded.encoding, lines: lines)
    }

    private func document(path: String, encoding: TextEncoding, lines: [SourceLine]) throws -> SourceDocument {
        guard lines.contains(where: { !$0.text.isEmpty }) else {
            throw BiganError(file: path, encoding == .docx ? "the document holds no text" : "the file holds no text")
        }
        return SourceDocument(path: path, encoding: encoding, lines: lines)
    }

    /// The file's first bytes, after checking it exists and is a readable file.
    private func readHead(_ url: URL, file: String) throws -> [UInt8] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
            throw BiganError(file: file, "no such file")
        }
        guard !isFolder.boolValue else { throw BiganError(file: file, "a folder, not a file") }
        do {
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            return Array(try handle.read(upToCount: FileSignature.headLength) ?? Data())
        } catch {
            throw BiganError(file: file, "cannot read the file (\(error.localizedDescription))")
        }
    }
}
