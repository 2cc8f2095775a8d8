import BiganIntake
import Foundation
import Hummingbird

/// What `POST /api/check` was given: the speech as a file, and who gives it where and when.
struct CheckInput: Sendable {
    var file: SourceFile
    var region: String?
    var year: Int?
    var role: String?
    var org: String?

    static let longestText = 200_000

    private struct Pasted: Decodable {
        var text: String
        var region: String?
        var year: Int?
        var role: String?
        var org: String?
    }

    static func read(_ request: Request, desk: ServerDesk) async throws -> CheckInput {
        if request.headers[.contentType]?.lowercased().hasPrefix("multipart/form-data") == true {
            let staging = desk.uploads.appendingPathComponent(".incoming-\(UUID().uuidString.lowercased())")
            defer { try? FileManager.default.removeItem(at: staging) }
            let batch = try await UploadReceiver(limits: desk.limits, staging: staging).receive(request)
            guard batch.files.count == 1, let name = batch.files.first else {
                throw ServerError.badRequest("请只上传一篇讲话稿（.docx 或 .txt）")
            }
            let data = try Data(contentsOf: staging.appendingPathComponent(name))
            let fields = batch.fields
            return CheckInput(
                file: SourceFile(path: name, data: data), region: filled(fields["region"]),
                year: try filled(fields["year"]).map(year), role: filled(fields["role"]), org: filled(fields["org"]))
        }
        let pasted = try await JSONBody.decode(Pasted.self, from: request, limit: 1 << 20)
        guard filled(pasted.text) != nil else { throw ServerError.badRequest("正文是空的：请粘贴讲话稿") }
        guard pasted.text.count <= longestText else {
            throw ServerError.badRequest("正文太长（\(pasted.text.count) 字，最多 \(longestText) 字）")
        }
        return CheckInput(
            file: SourceFile(path: "粘贴的讲话稿.txt", data: Data(pasted.text.utf8)), region: filled(pasted.region),
            year: pasted.year, role: filled(pasted.role), org: filled(pasted.org))
    }

    static func year(_ text: String) throws -> Int {
        guard let year = Int(text) else { throw ServerError.badRequest("年份“\(text)”不是数字") }
        return year
    }

    static func filled(_ text: String?) -> String? {
        guard let text = text?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return nil }
        return text
    }
}
