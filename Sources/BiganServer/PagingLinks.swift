import Foundation

/// 上一页 / 下一页 links that keep a page's query.
struct PagingLinks {
    var path: String
    var query: [String: String?]

    func values(page: Int, more: Bool) -> [String: Any] {
        var values: [String: Any] = ["page": page]
        if page > 1 { values["previous"] = link(page - 1) }
        if more { values["next"] = link(page + 1) }
        return values
    }

    func link(_ page: Int) -> String {
        var components = URLComponents()
        components.path = path
        components.queryItems =
            query.compactMap { key, value in value.map { URLQueryItem(name: key, value: $0) } }
            .sorted { $0.name < $1.name } + [URLQueryItem(name: "page", value: String(page))]
        return components.string ?? path
    }
}
