import Foundation
import Hummingbird

/// `DELETE /api/sources` with `{"files": […]}`: `bigan remove`, answered `{"removed": […], "missing": […]}`.
struct SourceRoutes {
    let desk: ServerDesk

    func add(to api: RouterGroup<BasicRequestContext>) {
        api.delete("sources") { request, _ in
            let body = try await JSONBody.decode(Removal.self, from: request)
            guard !body.files.isEmpty else { throw ServerError.badRequest("请给出要移除的文件（files）") }
            return JSONBody.response(try await desk.remove(body.files))
        }
    }

    struct Removal: Decodable {
        var files: [String]
    }
}
