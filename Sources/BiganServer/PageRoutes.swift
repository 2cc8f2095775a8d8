import Foundation
import Hummingbird

/// The pages, each at a stable URL: 检索, 主题, 片段, 起草, 导入, 体检, 片段库.
struct PageRoutes {
    let desk: ServerDesk
    let pages: PageRenderer

    func add(to router: Router<BasicRequestContext>) {
        router.get("/") { _, _ in Response(status: .seeOther, headers: [.location: "/search"]) }
        router.get("search") { request, _ in try await search(request) }
        router.get("themes") { _, _ in
            let themes = try await desk.themes().map {
                ["name": $0.name, "count": $0.count, "description": $0.description]
            }
            return pages.page("themes", title: "主题", section: "/themes", ["themes": themes])
        }
        router.get("themes/:name") { request, context in try await theme(request, name: context.parameters.get("name"))
        }
        router.get("snippets/:id") { _, context in
            guard let id = context.parameters.get("id", as: Int64.self) else {
                throw ServerError.badRequest("片段编号须是整数")
            }
            return pages.page(
                "snippet", title: "片段 \(id)", section: "/search", try await SnippetPage.values(desk.detail(id)))
        }
        router.get("draft") { _, _ in
            pages.page(
                "draft", title: "起草", section: "/draft",
                DraftPage.values(desk).merging(["script": "draft.js"]) { a, _ in a })
        }
        router.get("import") { _, _ in
            pages.page(
                "import", title: "导入", section: "/import",
                [
                    "fileLimit": UploadLimits.megabytes(desk.limits.fileBytes), "files": desk.limits.files,
                    "requestLimit": UploadLimits.megabytes(desk.limits.requestBytes), "script": "import.js",
                ])
        }
        router.get("library") { _, _ in
            pages.page("library", title: "片段库", section: "/library", try await LibraryPage.values(desk))
        }
    }

    func search(_ request: Request) async throws -> Response {
        let query = request.text("q")
        let theme = request.text("theme"), kind = request.text("kind")
        let page = max(try request.integer("page", or: 1), 1)
        var values: [String: Any] = [
            "q": query ?? "", "kinds": PageValues.kinds(selected: kind),
            "themes": desk.taxonomy.themes.map { ["name": $0.name, "selected": $0.name == theme] as [String: Any] },
        ]
        if let query {
            let found = try await desk.search(query, theme: theme, kind: kind, limit: 20, offset: (page - 1) * 20)
            let terms = query.split(whereSeparator: \.isWhitespace).map(String.init)
            values["searched"] = true
            values["hits"] = found.hits.map { PageValues.hit($0, terms: terms) }
            values["empty"] = found.hits.isEmpty
            values["pageNumber"] = page
            values["paging"] = PagingLinks(path: "/search", query: ["q": query, "theme": theme, "kind": kind])
                .values(page: page, more: found.more)
        }
        return pages.page("search", title: query.map { "检索：\($0)" } ?? "检索", section: "/search", values)
    }

    func theme(_ request: Request, name: String?) async throws -> Response {
        guard let name = try desk.themeName(name?.removingPercentEncoding ?? name) else {
            throw ServerError.notFound("没有指定主题")
        }
        let page = max(try request.integer("page", or: 1), 1)
        let found = try await desk.snippets(theme: name, kind: "paragraph", limit: 20, offset: (page - 1) * 20)
        let sets = page == 1 ? try await desk.snippets(theme: name, kind: "set", limit: 20, offset: 0).hits : []
        let description = desk.taxonomy.themes.first { $0.name == name }?.description ?? ""
        return pages.page(
            "theme", title: "主题：\(name)", section: "/themes",
            [
                "name": name, "description": description, "hits": found.hits.map { PageValues.hit($0) },
                "sets": sets.map { PageValues.hit($0) }, "hasSets": !sets.isEmpty, "empty": found.hits.isEmpty,
                "paging": PagingLinks(path: "/themes/\(name)", query: [:]).values(page: page, more: found.more),
            ])
    }
}
