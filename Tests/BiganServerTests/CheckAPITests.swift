import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import BiganServer

@Suite struct CheckAPITests {
    @Test func uploadedAndPastedSpeechesAreChecked() async throws {
        let server = try await TestServer()
        let speech = try TestServer.starter("01_总结表彰会_市长.txt")
        try await server.app.test(.router) { client in
            _ = try await ImportAPITests.importFiles(client, server, MultipartBody(parts: [("库/01.txt", speech)]))
            var edited = String(decoding: speech, as: UTF8.self)
            edited += "\n同志们，{姓名}同志要抓好落实。\n"
            let body = try JSONSerialization.data(withJSONObject: [
                "text": edited, "region": "天水市", "year": 2026, "role": "市长",
            ])
            let pasted = try await client.execute(
                uri: "/api/check", method: .post, headers: server.pageHeaders, body: ByteBuffer(bytes: body))
            #expect(pasted.status == .ok, "\(pasted.text)")
            let report = try #require(try pasted.json() as? [String: Any])
            let findings = try #require(report["findings"] as? [[String: Any]])
            #expect(
                findings.contains {
                    $0["kind"] as? String == "placeholder" && ($0["text"] as? String)?.contains("{姓名}") == true
                })
            #expect(findings.contains { $0["kind"] as? String == "copied" })
            #expect((report["copiedShare"] as? Double ?? 0) > 0.5)
            #expect(report["lines"] == nil)

            var form = MultipartBody(parts: [("讲话.txt", Data(edited.utf8))])
            form.fields = ["region": "天水市", "year": "2026"]
            let uploaded = try await client.execute(
                uri: "/api/check?lines=1", method: .post, headers: MultipartBody.headers(server.pageHeaders),
                body: form.buffer)
            #expect(uploaded.status == .ok, "\(uploaded.text)")
            let withLines = try #require(try uploaded.json() as? [String: Any])
            let lines = try #require(withLines["lines"] as? [String])
            #expect(lines.last { !$0.isEmpty }?.contains("{姓名}") == true)
            #expect(withLines["file"] as? String == "讲话.txt")

            let empty = try await client.execute(
                uri: "/api/check", method: .post, headers: server.pageHeaders, body: TestServer.json(#"{"text": "  "}"#)
            )
            #expect(empty.status == .badRequest)
            #expect(empty.errorMessage?.contains("正文是空的") == true)
            let role = try await client.execute(
                uri: "/api/check", method: .post, headers: server.pageHeaders,
                body: TestServer.json(#"{"text": "同志们：", "role": "皇帝"}"#))
            #expect(role.errorMessage?.contains("皇帝") == true)
            let page = try await client.execute(uri: "/check", method: .get)
            #expect(page.text.contains("id=\"check-file\""))
        }
        await server.close()
    }
}
