import BiganImport
import Foundation
import NIOCore

/// Writes the file parts of one multipart body to the staging folder as the parser hands them
/// over, counting files and bytes against the limits; the first problem stops the upload.
final class PartWriter {
    let limits: UploadLimits
    let staging: URL
    private(set) var documents: [String] = []
    private(set) var archives: [(relative: String, url: URL)] = []
    private(set) var skipped: [SkippedFile] = []
    private(set) var total: Int64 = 0
    private(set) var failure: ServerError?
    /// Form fields that are not files (`region`, `year` …), each at most `longestField` bytes.
    private(set) var fields: [String: String] = [:]
    static let longestField = 4096
    private var fieldName: String?
    private var fieldValue = Data()

    private var disposition: String?
    private var handle: FileHandle?
    private var current: String?
    private var size: Int64 = 0
    private var started = false
    private var fileCount = 0

    init(limits: UploadLimits, staging: URL) {
        self.limits = limits
        self.staging = staging
    }

    func header(_ name: String, _ value: String) {
        if name.lowercased() == "content-disposition" { disposition = value }
    }

    func body(_ buffer: inout ByteBuffer) {
        guard failure == nil else { return }
        if !started { start() }
        let count = Int64(buffer.readableBytes)
        size += count
        total += count
        if let fieldName {
            fieldValue.append(contentsOf: buffer.readableBytesView)
            if fieldValue.count > Self.longestField { fail(.tooLarge("表单字段 \(fieldName) 太长")) }
            return
        }
        guard let handle, let current else { return }
        if size > limits.fileBytes {
            return fail(.tooLarge("文件“\(current)”太大：单个文件最多 \(UploadLimits.megabytes(limits.fileBytes))"))
        }
        if total > limits.requestBytes {
            return fail(.tooLarge("上传太大：一次最多 \(UploadLimits.megabytes(limits.requestBytes))"))
        }
        handle.write(Data(buffer.readableBytesView))
    }

    func complete() {
        if !started, failure == nil { start() }
        if let fieldName { fields[fieldName] = String(decoding: fieldValue, as: UTF8.self) }
        fieldName = nil
        fieldValue = Data()
        try? handle?.close()
        handle = nil
        current = nil
        disposition = nil
        started = false
        size = 0
    }

    /// Opens the part's file in staging when it is a file part worth keeping.
    private func start() {
        started = true
        guard let filename = disposition.flatMap(Self.filename), !filename.isEmpty else {
            fieldName = disposition.flatMap(Self.name)
            return
        }
        let relative: String
        do { relative = try UploadPath.relative(filename) } catch { return fail(error as? ServerError) }
        let kind = UploadPath.kind(of: relative)
        guard kind != .other else {
            return skipped.append(SkippedFile(file: relative, reason: "不是 .txt、.docx 或 .zip 文件"))
        }
        fileCount += 1
        guard fileCount <= limits.files else {
            return fail(.tooLarge("文件太多：一次最多 \(limits.files) 个"))
        }
        let url = staging.appendingPathComponent(kind == .archive ? ".zips/\(relative)" : relative)
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
                return fail(.badRequest("无法保存上传的文件“\(relative)”"))
            }
            handle = try FileHandle(forWritingTo: url)
        } catch {
            return fail(.badRequest("无法保存上传的文件“\(relative)”：\(error.localizedDescription)"))
        }
        current = relative
        if kind == .archive {
            archives.append((relative, url))
        } else if !documents.contains(relative) {
            documents.append(relative)
        }
    }

    private func fail(_ error: ServerError?) {
        if failure == nil { failure = error ?? .badRequest("上传失败") }
        try? handle?.close()
        handle = nil
    }

    /// `name="…"` of a Content-Disposition.
    static func name(in disposition: String) -> String? {
        guard let range = disposition.range(of: "; name=\"") ?? disposition.range(of: ";name=\"") else { return nil }
        let rest = disposition[range.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }

    /// `filename="…"` of a Content-Disposition (browsers escape `"` and line breaks as %22, %0D, %0A).
    static func filename(in disposition: String) -> String? {
        guard let range = disposition.range(of: "filename=\"") else { return nil }
        let rest = disposition[range.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<end]).replacingOccurrences(of: "%22", with: "\"")
    }
}
