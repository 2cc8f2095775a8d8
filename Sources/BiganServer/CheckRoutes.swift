import BiganCheck
import BiganIntake
import Foundation
import Hummingbird

/// `POST /api/check`: `bigan check --json` of an uploaded speech (multipart: `file`, and the fields
/// `region`, `year`, `role`, `org`) or of pasted text (JSON: `text`, `region`, `year`, `role`, `org`).
/// With `?lines=1` the answer also carries the speech's `lines`, for the 体检 page to mark.
struct CheckRoutes {
    let desk: ServerDesk

    func add(to api: RouterGroup<BasicRequestContext>) {
        api.post("check") { request, _ in
            let input = try await CheckInput.read(request, desk: desk)
            let (report, lines) = try await desk.check(input)
            guard request.text("lines") != nil else { return JSONBody.response(report) }
            guard var object = try JSONSerialization.jsonObject(with: JSONBody.data(report)) as? [String: Any] else {
                throw ServerError(.internalServerError, "无法生成体检结果")
            }
            object["lines"] = lines
            return Response(
                status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
                body: ResponseBody(
                    byteBuffer: ByteBuffer(
                        bytes: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]))))
        }
    }
}
