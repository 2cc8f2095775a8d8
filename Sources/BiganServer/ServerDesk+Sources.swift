import Foundation

/// Removing imported files.
extension ServerDesk {
    struct RemovalResult: Codable, Sendable {
        var removed: [String] = []
        var missing: [String] = []
    }

    /// Forgets each file and every snippet only it held; an uploaded copy is deleted too.
    func remove(_ files: [String]) async throws -> RemovalResult {
        var result = RemovalResult()
        for file in files {
            if try await library.removeSource(path: file) {
                result.removed.append(file)
                deleteUpload(file)
            } else {
                result.missing.append(file)
            }
        }
        return result
    }

    /// Deletes the uploaded copy of a file stored by its path under the upload area.
    func deleteUpload(_ stored: String) {
        guard let relative = try? UploadPath.relative(stored), relative == stored else { return }
        try? FileManager.default.removeItem(at: uploads.appendingPathComponent(relative))
    }
}
