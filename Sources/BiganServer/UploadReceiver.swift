import BiganImport
import Foundation
import Hummingbird
import MultipartKit

/// Streams a multipart upload to a staging folder, part by part, within the upload limits; .zip
/// parts are unpacked there. Nothing is written outside the staging folder.
struct UploadReceiver {
    let limits: UploadLimits
    let staging: URL

    func receive(_ request: Request) async throws -> UploadBatch {
        guard let type = request.headers[.contentType], type.lowercased().hasPrefix("multipart/form-data"),
            let boundary = Self.parameter("boundary", in: type)
        else { throw ServerError.badRequest("上传须是 multipart/form-data 表单（字段名 files）") }
        if let length = request.headers[.contentLength].flatMap(Int64.init), length > limits.requestBytes {
            throw ServerError.tooLarge("上传太大：\(length >> 20) MB，一次最多 \(UploadLimits.megabytes(limits.requestBytes))")
        }
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        let parts = PartWriter(limits: limits, staging: staging)
        let parser = MultipartParser(boundary: boundary)
        parser.onHeader = { parts.header($0, $1) }
        parser.onBody = { parts.body(&$0) }
        parser.onPartComplete = { parts.complete() }
        do {
            for try await buffer in request.body {
                try parser.execute(buffer)
                if let failure = parts.failure { throw failure }
            }
        } catch let error as ServerError {
            throw error
        } catch {
            throw ServerError.badRequest("上传的表单不完整或格式不对：\(error.localizedDescription)")
        }
        var batch = UploadBatch(
            staging: staging, files: parts.documents, skipped: parts.skipped, bytes: parts.total, fields: parts.fields)
        for archive in parts.archives {
            try ZipUnpacker(limits: limits).unpack(archive, into: &batch)
        }
        guard !batch.files.isEmpty else {
            throw ServerError.badRequest("上传里没有 .txt 或 .docx 文件（也没有装着它们的 .zip）")
        }
        return batch
    }

    /// `boundary=…` of a Content-Type, quotes removed.
    static func parameter(_ name: String, in header: String) -> String? {
        for piece in header.split(separator: ";") {
            let pair = piece.trimmingCharacters(in: .whitespaces).split(separator: "=", maxSplits: 1)
            if pair.count == 2, pair[0].lowercased() == name {
                return pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            }
        }
        return nil
    }
}
