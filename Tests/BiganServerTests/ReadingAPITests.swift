import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import BiganServer

@Suite struct ReadingAPITests {
    @Test func searchThemesSnippetsAndErrorsInChinese() async throws {
        let server = try await TestServer()
        try await server.app.test(.router) { client in
            _ = try await ImportAPITests.importFiles(
                client, server,
                MultipartBody(parts: [("01.txt", try TestServer.starter("01_总结表彰会_市长.txt"))]))
            let search = try await client.execute(uri: "/api/search?q=\("表彰".percentEncoded)&limit=2", method: .get)
            let hits = try #require(try search.json() as? [[String: Any]])
            #expect(!hits.isEmpty && hits.count <= 2)
            #expect(hits.allSatisfy { ($0["text"] as? String)?.contains("表彰") == true })
            let id = try #require(hits.first?["id"] as? Int)
            let detail = try #require(
                try await client.execute(uri: "/api/snippets/\(id)", method: .get).json() as? [String: Any])
            #expect(detail["id"] as? Int == id)
            #expect((detail["sources"] as? [[String: Any]])?.first?["file"] as? String == "01.txt")

            let page = try await client.execute(uri: "/search?q=\("表彰".percentEncoded)", method: .get)
            #expect(page.text.contains("<mark>表彰</mark>"))
            let snippetPage = try await client.execute(uri: "/snippets/\(id)", method: .get)
            #expect(snippetPage.text.contains("01.txt 第"))

            let themes = try #require(
                try await client.execute(uri: "/api/themes", method: .get).json() as? [[String: Any]])
            #expect(themes.contains { ($0["count"] as? Int ?? 0) > 0 })
            let unknown = try await client.execute(uri: "/api/snippets?theme=\("没有的主题".percentEncoded)", method: .get)
            #expect(unknown.status == .notFound)
            #expect(unknown.errorMessage == "没有名为“没有的主题”的主题")
            let huge = try await client.execute(
                uri: "/api/search?q=\(String(repeating: "长", count: 500).percentEncoded)", method: .get)
            #expect(huge.status == .badRequest)
            #expect(huge.errorMessage?.contains("检索词太长") == true)
            let missing = try await client.execute(uri: "/api/snippets/999999", method: .get)
            #expect(missing.status == .notFound)
            let nowhere = try await client.execute(uri: "/nowhere", method: .get)
            #expect(nowhere.status == .notFound)
            #expect(nowhere.text.contains("没有这个页面"))
            let badJSON = try await client.execute(
                uri: "/api/draft", method: .post, headers: server.pageHeaders, body: TestServer.json("{\"role\": 1"))
            #expect(badJSON.status == .badRequest)
            #expect(badJSON.errorMessage?.contains("格式不对") == true)
        }
        await server.close()
    }
}

extension String {
    var percentEncoded: String { addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? self }
}
