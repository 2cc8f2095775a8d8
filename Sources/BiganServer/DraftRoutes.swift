import BiganCompose
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
