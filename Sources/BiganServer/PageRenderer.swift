import Foundation
import HTTPTypes
import Hummingbird
import Mustache

/// Renders the pages from the Mustache templates in `Web/templates`; every page gets the CSRF
/// token in `<meta name="bigan-csrf">` and the navigation.
package struct PageRenderer: Sendable {
    let templates: MustacheLibrary
    let csrf: String

    static let navigation: [(path: String, name: String, key: String)] = [
        ("/search", "检索", "s"), ("/themes", "主题", "t"), ("/draft", "起草", "d"), ("/import", "导入", "i"),
        ("/check", "体检", "c"), ("/library", "片段库", "l"),
    ]

    package init(web: URL, csrf: String) async throws {
        templates = try await MustacheLibrary(directory: web.appendingPathComponent("templates").path)
        self.csrf = csrf
    }

    /// The page `name` with `values`, `title` in the tab and the nav item `section` marked.
    func page(_ name: String, title: String, section: String, _ values: [String: Any] = [:]) -> Response {
        var context = values
        context["pageTitle"] = title
        context["csrf"] = csrf
        context["nav"] = Self.navigation.map {
            ["path": $0.path, "name": $0.name, "key": $0.key, "current": $0.path == section] as [String: Any]
        }
        let html = templates.render(context, withTemplate: name) ?? "<p>页面模板 \(name) 缺失</p>"
        return Self.html(html)
    }

    func errorPage(status: HTTPResponse.Status, message: String) -> Response {
        var response = page(
            "error", title: "出错了", section: "", ["message": message, "status": status.code])
        response.status = status
        return response
    }

    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status,
            headers: [
                .contentType: "text/html; charset=utf-8", .cacheControl: "no-store",
                .contentSecurityPolicy: "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'",
                HTTPField.Name("X-Content-Type-Options")!: "nosniff",
            ],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}
