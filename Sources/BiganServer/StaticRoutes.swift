import Foundation
import Hummingbird

/// The few style and script files the pages use, from `Web/static`; nothing comes from the internet.
struct StaticRoutes {
    let folder: URL
    static let types = ["css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8"]

    func add(to router: Router<BasicRequestContext>) {
        router.get("static/:file") { _, context in
            let name = context.parameters.get("file") ?? ""
            let type = Self.types[(name as NSString).pathExtension]
            guard let type, !name.hasPrefix("."), !name.contains("/"),
                let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path)
            else { throw ServerError.notFound("没有这个文件：\(name)") }
            return Response(
                status: .ok, headers: [.contentType: type, .cacheControl: "no-cache"],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
        }
    }
}
