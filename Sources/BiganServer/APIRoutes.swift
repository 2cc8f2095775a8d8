import BiganText
import Foundation
import HTTPTypes
import Hummingbird

/// The reading half of the JSON API: the shapes of `bigan search/themes/snippets/show/templates/stats --json`.
struct APIRoutes {
    let desk: ServerDesk

    func add(to api: RouterGroup<BasicRequestContext>) {
        api.get("health") { _, _ in
            JSONBody.response(Health(ok: true, library: desk.library.location, version: BiganVersion.current))
        }
        api.get("search") { request, _ in
            let found = try await desk.search(
                request.text("q") ?? "", theme: request.text("theme"), kind: request.text("kind"),
                limit: try request.integer("limit", or: 20), offset: try request.integer("offset", or: 0))
            return Self.page(found.hits, more: found.more)
        }
        api.get("themes") { _, _ in JSONBody.response(try await desk.themes()) }
        api.get("snippets") { request, _ in
            let found = try await desk.snippets(
                theme: request.text("theme"), kind: request.text("kind"),
                limit: try request.integer("limit", or: 20), offset: try request.integer("offset", or: 0))
            return Self.page(found.hits, more: found.more)
        }
        api.get("snippets/:id") { _, context in
            guard let id = context.parameters.get("id", as: Int64.self) else {
                throw ServerError.badRequest("片段编号须是整数")
            }
            return JSONBody.response(try await desk.detail(id))
        }
        api.get("templates") { request, _ in
            request.text("roles") != nil
                ? JSONBody.response(desk.roleListings) : JSONBody.response(desk.occasionListings)
        }
        api.get("stats") { _, _ in JSONBody.response(try await desk.stats()) }
        api.get("sources") { _, _ in JSONBody.response(try await desk.sourceFiles()) }
    }

    /// A list in the command's shape; `X-Bigan-More: true` says a next page exists.
    static func page<T: Encodable>(_ items: [T], more: Bool) -> Response {
        var response = JSONBody.response(items)
        response.headers[HTTPField.Name("X-Bigan-More")!] = more ? "true" : "false"
        return response
    }

    struct Health: Encodable {
        var ok: Bool
        var library: String
        var version: String
    }
}
