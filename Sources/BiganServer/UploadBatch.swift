import BiganImport
import Foundation

/// What one upload request brought, unpacked in its staging folder: files by relative path, and
/// what was left out and why.
struct UploadBatch: Sendable {
    /// The staging folder, inside the upload area, removed once the files are moved into place.
    var staging: URL
    /// Relative paths of the .txt and .docx files, as they will be kept and recorded.
    var files: [String] = []
    var skipped: [SkippedFile] = []
    var bytes: Int64 = 0
    /// The form's other fields.
    var fields: [String: String] = [:]

    /// Moves every file from staging to its place under `uploads`, replacing an earlier upload of
    /// the same path, and removes the staging folder; returns the files' new paths.
    func moveIntoPlace(under uploads: URL) throws -> [String] {
        defer { try? FileManager.default.removeItem(at: staging) }
        var placed: [String] = []
        for file in files {
            let target = uploads.appendingPathComponent(file)
            try FileManager.default.createDirectory(
                at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            // rename(2) replaces an earlier upload of the same path in one step.
            guard rename(staging.appendingPathComponent(file).path, target.path) == 0 else {
                throw ServerError(.internalServerError, "无法保存“\(file)”：\(String(cString: strerror(errno)))")
            }
            placed.append(target.path)
        }
        return placed
    }
}
