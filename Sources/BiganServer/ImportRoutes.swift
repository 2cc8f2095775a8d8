import Foundation
import Hummingbird

/// `POST /api/import` (202 and a job id) and `GET /api/import/{job}/events` (server-sent events).
struct ImportRoutes {
    let desk: ServerDesk

    func add(to api: RouterGroup<BasicRequestContext>) {
        api.post("import") { request, _ in
            let staging = desk.uploads.appendingPathComponent(".incoming-\(UUID().uuidString.lowercased())")
            let batch: UploadBatch
            do {
                batch = try await UploadReceiver(limits: desk.limits, staging: staging).receive(request)
            } catch {
                try? FileManager.default.removeItem(at: staging)
                throw error
            }
            let job = await desk.imports.submit(batch)
            return JSONBody.response(
                Accepted(job: job.id, files: batch.files, events: "/api/import/\(job.id)/events"), status: .accepted)
        }
        api.get("import/:job/events") { _, context in
            guard let id = context.parameters.get("job"), let job = await desk.imports.job(id) else {
                throw ServerError.notFound("没有这个导入任务（可能已过期）")
            }
            return Response(
                status: .ok,
                headers: [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-store"],
                body: ResponseBody { writer in
                    for await event in job.stream() { try await writer.write(ByteBuffer(string: event)) }
                    try await writer.finish(nil)
                })
        }
    }

    struct Accepted: Encodable {
        var job: String
        var files: [String]
        var events: String
    }
}
