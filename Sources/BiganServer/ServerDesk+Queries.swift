import BiganLibrary
import Foundation

/// The reading calls, shared by the API and the pages.
extension ServerDesk {
    static let longestQuery = 200
    static let largestPage = 100

    /// Search hits `offset…offset+limit`, and whether more follow.
    func search(_ text: String, theme: String?, kind: String?, limit: Int, offset: Int) async throws
        -> (hits: [SnippetHit], more: Bool)
    {
        let words = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !words.isEmpty else { throw ServerError.badRequest("请输入要检索的词") }
        guard words.count <= Self.longestQuery else {
            throw ServerError.badRequest("检索词太长（\(words.count) 字，最多 \(Self.longestQuery) 字）")
        }
        let (limit, offset) = try page(limit: limit, offset: offset)
        let query = SearchQuery(
            words, theme: try themeName(theme), kind: try snippetKind(kind), limit: offset + limit + 1)
        let hits = try await library.search(query)
        return (Array(hits.dropFirst(offset).prefix(limit)), hits.count > offset + limit)
    }

    /// Snippets of a theme (best first) and/or a kind, `offset…offset+limit`, and whether more follow.
    func snippets(theme: String?, kind: String?, limit: Int, offset: Int) async throws
        -> (hits: [SnippetHit], more: Bool)
    {
        let (limit, offset) = try page(limit: limit, offset: offset)
        let hits = try await library.snippets(
            theme: try themeName(theme), kind: try snippetKind(kind), limit: offset + limit + 1)
        return (Array(hits.dropFirst(offset).prefix(limit)), hits.count > offset + limit)
    }

    func themes() async throws -> [ThemeListing] {
        let counts = Dictionary(try await library.themeCounts().map { ($0.name, $0.count) }, uniquingKeysWith: +)
        return taxonomy.themes.map {
            ThemeListing(name: $0.name, count: counts[$0.name] ?? 0, keywords: $0.keywords, description: $0.description)
        }
    }

    func detail(_ id: Int64) async throws -> SnippetDetail {
        guard let detail = try await library.detail(id: id) else {
            throw ServerError.notFound("片段库里没有编号为 \(id) 的片段")
        }
        return detail
    }

    func stats() async throws -> LibraryStats { try await library.stats() }

    /// Every imported file's stored path, sorted.
    func sourceFiles() async throws -> [String] {
        try await library.storedContentHashes().keys.sorted()
    }

    var occasionListings: [TemplateListing] {
        templates.templates.map {
            TemplateListing(
                occasion: $0.occasion, file: $0.file, parts: $0.partNames, aliases: $0.aliases,
                sections: $0.bodySections.count, length: $0.targetLength)
        }
    }

    var roleListings: [RoleListing] {
        templates.roles.map { RoleListing(name: $0.name, post: $0.post, speaksFor: $0.speaksFor, aliases: $0.aliases) }
    }

    /// A theme the taxonomy knows, or nil for none; an unknown name is refused.
    func themeName(_ name: String?) throws -> String? {
        guard let name = name?.trimmingCharacters(in: .whitespaces), !name.isEmpty else { return nil }
        guard taxonomy.themes.contains(where: { $0.name == name }) else {
            throw ServerError.notFound("没有名为“\(name)”的主题")
        }
        return name
    }

    func snippetKind(_ name: String?) throws -> SnippetKind? {
        guard let name, !name.isEmpty else { return nil }
        guard let kind = SnippetKind(rawValue: name) else {
            throw ServerError.badRequest("没有“\(name)”这种片段类型：可用 paragraph、opening、transition、closing、set")
        }
        return kind
    }

    func page(limit: Int, offset: Int) throws -> (Int, Int) {
        guard (1...Self.largestPage).contains(limit) else {
            throw ServerError.badRequest("limit 须在 1 到 \(Self.largestPage) 之间")
        }
        guard (0...10_000).contains(offset) else { throw ServerError.badRequest("offset 须在 0 到 10000 之间") }
        return (limit, offset)
    }
}
