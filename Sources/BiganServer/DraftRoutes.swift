import BiganCompose
import BiganOutline
import Foundation
import Hummingbird

/// `POST /api/draft` (a draft, locked blocks kept) and `POST /api/render?format=docx|md` (the file).
struct DraftRoutes {
    let desk: ServerDesk

    func add(to api: RouterGroup<BasicRequestContext>) {
        api.post("draft") { request, _ in
            let payload = try await JSONBody.decode(DraftPayload.self, from: request)
            return JSONBody.response(try await desk.compose(payload))
        }
        api.post("outline") { request, _ in
            let staging = desk.uploads.appendingPathComponent(".incoming-\(UUID().uuidString.lowercased())")
            defer { try? FileManager.default.removeItem(at: staging) }
            let batch = try await UploadReceiver(limits: desk.limits, staging: staging).receive(request)
            guard batch.files.count == 1, let file = batch.files.first else {
                throw ServerError.badRequest("请只上传一个提纲文件（.txt 或 .docx）")
            }
            let document = try SpeechReader().read(path: staging.appendingPathComponent(file).path)
            let headings = WriterOutline(document).headings
            guard !headings.isEmpty else {
                throw ServerError.badRequest("“\(file)”里没有找到标题：提纲每行一个标题，带“一、”“（一）”之类的序号")
            }
            return JSONBody.response(["text": headings.map(\.text).joined(separator: "\n")])
        }
        api.post("render") { request, _ in
            let format = request.text("format") ?? "docx"
            let draft = try await JSONBody.decode(Draft.self, from: request)
            guard !draft.blocks.isEmpty else { throw ServerError.badRequest("稿子是空的：没有可以下载的内容") }
            let file = try desk.render(draft, format: format)
            let encoded = file.name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "draft"
            return Response(
                status: .ok,
                headers: [
                    .contentType: file.contentType,
                    .contentDisposition: "attachment; filename=\"draft.\(format)\"; filename*=UTF-8''\(encoded)",
                ],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: file.data)))
        }
    }
}
