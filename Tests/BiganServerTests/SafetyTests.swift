import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import BiganServer

@Suite struct SafetyTests {
    static let draft = #"{"occasion": "总结表彰会", "role": "市长"}"#

    @Test(arguments: ["evil.example", "evil.example:8080", "127.0.0.2"])
    func foreignHostIsMisdirected(host: String) async throws {
        let server = try await TestServer()
        try await server.app.test(.router) { client in
            let api = try await client.execute(
                uri: "/api/health", method: .get, headers: [HTTPField.Name("Host")!: host])
            #expect(api.status == .misdirectedRequest)
            #expect(api.errorMessage?.contains("不是本服务的地址") == true)
            let page = try await client.execute(uri: "/search", method: .get, headers: [HTTPField.Name("Host")!: host])
            #expect(page.status == .misdirectedRequest)
            #expect(page.text.contains("<html lang=\"zh-CN\">"))
        }
        await server.close()
    }

    @Test(arguments: ["localhost:9999", "127.0.0.1", "[::1]:8080", "BIGAN.office"])
    func ownHostsAreServed(host: String) async throws {
        let server = try await TestServer()
        try await server.app.test(.router) { client in
            let response = try await client.execute(
                uri: "/api/health", method: .get, headers: [HTTPField.Name("Host")!: host])
            #expect(response.status == .ok)
        }
        await server.close()
    }

    @Test func changesNeedCSRFAndSameOriginOrTheBearerToken() async throws {
        let server = try await TestServer()
        try await server.app.test(.router) { client in
            let bare = try await client.execute(
                uri: "/api/draft", method: .post, headers: [.contentType: "application/json"],
                body: TestServer.json(Self.draft))
            #expect(bare.status == .forbidden)
            var crossOrigin = server.pageHeaders
            crossOrigin[.origin] = "http://evil.example"
            let foreign = try await client.execute(
                uri: "/api/draft", method: .post, headers: crossOrigin, body: TestServer.json(Self.draft))
            #expect(foreign.status == .forbidden)
            #expect(foreign.errorMessage?.contains("Origin") == true)
            var wrongToken = server.pageHeaders
            wrongToken[HTTPField.Name("X-Bigan-CSRF")!] = "0000"
            let forged = try await client.execute(
                uri: "/api/sources", method: .delete, headers: wrongToken, body: TestServer.json(#"{"files":["a"]}"#))
            #expect(forged.status == .forbidden)
            #expect(forged.errorMessage?.contains("X-Bigan-CSRF") == true)
            let page = try await client.execute(
                uri: "/api/draft", method: .post, headers: server.pageHeaders, body: TestServer.json(Self.draft))
            #expect(page.status == .ok)
            let script = try await client.execute(
                uri: "/api/draft", method: .post, headers: server.bearerHeaders, body: TestServer.json(Self.draft))
            #expect(script.status == .ok)
            let wrongBearer = try await client.execute(
                uri: "/api/draft", method: .post,
                headers: [.authorization: "Bearer nope", .contentType: "application/json"],
                body: TestServer.json(Self.draft))
            #expect(wrongBearer.status == .unauthorized)
        }
        await server.close()
    }

    @Test func everyPageCarriesTheCSRFToken() async throws {
        let server = try await TestServer()
        try await server.app.test(.router) { client in
            for path in ["/search", "/themes", "/draft", "/import", "/library"] {
                let page = try await client.execute(uri: path, method: .get)
                #expect(page.status == .ok, "\(path)")
                #expect(page.text.contains("<meta name=\"bigan-csrf\" content=\"\(server.secrets.csrf)\">"), "\(path)")
            }
        }
        await server.close()
    }

    @Test func requiredTokenByHeaderOrQueryThenCookie() async throws {
        let server = try await TestServer(bearerRequired: true)
        try await server.app.test(.router) { client in
            let none = try await client.execute(uri: "/api/stats", method: .get)
            #expect(none.status == .unauthorized)
            #expect(none.errorMessage?.contains("访问令牌") == true)
            let header = try await client.execute(
                uri: "/api/stats", method: .get, headers: [.authorization: "Bearer \(server.secrets.bearer)"])
            #expect(header.status == .ok)
            let query = try await client.execute(uri: "/search?token=\(server.secrets.bearer)", method: .get)
            #expect(query.status == .ok)
            let cookie = try #require(query.headers[.setCookie])
            #expect(cookie.contains("HttpOnly"))
            let withCookie = try await client.execute(
                uri: "/themes", method: .get, headers: [.cookie: String(cookie.split(separator: ";")[0])])
            #expect(withCookie.status == .ok)
        }
        await server.close()
    }
}
