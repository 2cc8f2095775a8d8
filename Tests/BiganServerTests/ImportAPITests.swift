import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import BiganServer

@Suite struct ImportAPITests {
    /// Uploads, follows the job's events to its end; returns the last event's data as JSON.
    static func importFiles(_ client: some TestClientProtocol, _ server: TestServer, _ body: MultipartBody)
        async throws -> [String: Any]
    {
        let accepted = try await client.execute(
            uri: "/api/import", method: .post, headers: MultipartBody.headers(server.pageHeaders), body: body.buffer)
        #expect(accepted.status == .accepted, "\(accepted.text)")
        let job = try #require(try accepted.json() as? [String: Any])["job"] as! String
        let events = try await client.execute(uri: "/api/import/\(job)/events", method: .get)
        #expect(events.headers[.contentType]?.hasPrefix("text/event-stream") == true)
        let blocks = events.text.components(separatedBy: "\n\n").filter { !$0.isEmpty }
        let last = try #require(blocks.last)
        #expect(last.hasPrefix("event: done\ndata: "))
        let data = Data(last.dropFirst("event: done\ndata: ".count).utf8)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func uploadImportsByRelativePathAndReuploadIsUnchanged() async throws {
        let server = try await TestServer()
        let body = MultipartBody(parts: [
            ("范文/01_总结表彰会_市长.txt", try TestServer.starter("01_总结表彰会_市长.txt")),
            ("范文/子目录/03_工作部署会_市长.txt", try TestServer.starter("03_工作部署会_市长.txt")),
            ("范文/说明.pdf", Data("not a speech".utf8)),
        ])
        try await server.app.test(.router) { client in
            let first = try await Self.importFiles(client, server, body)
            #expect(first["imported"] as? Int == 2)
            #expect((first["snippets"] as? Int ?? 0) > 20)
            #expect((first["skipped"] as? [[String: Any]])?.first?["file"] as? String == "范文/说明.pdf")
            let again = try await Self.importFiles(client, server, body)
            #expect(again["unchanged"] as? Int == 2)
            #expect(again["imported"] as? Int == 0)
            let sources = try await client.execute(uri: "/api/sources", method: .get)
            #expect(try sources.json() as? [String] == ["范文/01_总结表彰会_市长.txt", "范文/子目录/03_工作部署会_市长.txt"])
            #expect(FileManager.default.fileExists(atPath: server.desk.uploads.path + "/范文/子目录/03_工作部署会_市长.txt"))

            let removed = try await client.execute(
                uri: "/api/sources", method: .delete, headers: server.pageHeaders,
                body: TestServer.json(#"{"files": ["范文/01_总结表彰会_市长.txt", "没有.txt"]}"#))
            let result = try #require(try removed.json() as? [String: [String]])
            #expect(result["removed"] == ["范文/01_总结表彰会_市长.txt"])
            #expect(result["missing"] == ["没有.txt"])
            let stats = try #require(try await client.execute(uri: "/api/stats", method: .get).json() as? [String: Any])
            #expect(stats["files"] as? Int == 1)
            #expect(!FileManager.default.fileExists(atPath: server.desk.uploads.path + "/范文/01_总结表彰会_市长.txt"))
        }
        await server.close()
    }

    @Test func aFileThatIsNotASpeechIsNamedAmongTheFailed() async throws {
        let server = try await TestServer()
        try await server.app.test(.router) { client in
            let summary = try await Self.importFiles(
                client, server,
                MultipartBody(parts: [
                    ("坏.docx", Data("这不是一个 docx 文件".utf8)),
                    ("好.txt", try TestServer.starter("01_总结表彰会_市长.txt")),
                ]))
            let failed = try #require(summary["failed"] as? [[String: String]])
            #expect(failed.map { $0["file"] } == ["坏.docx"])
            #expect(failed.first?["error"]?.isEmpty == false)
            #expect(summary["imported"] as? Int == 1)
        }
        await server.close()
    }

    @Test(arguments: ["../逃逸.txt", "/etc/逃逸.txt", "范文/../../逃逸.txt", "C:\\逃逸.txt"])
    func pathTraversalIsRefused(name: String) async throws {
        let server = try await TestServer()
        try await server.app.test(.router) { client in
            let response = try await client.execute(
                uri: "/api/import", method: .post, headers: MultipartBody.headers(server.pageHeaders),
                body: MultipartBody(parts: [(name, Data("一、总体要求\n".utf8))]).buffer)
            #expect(response.status == .badRequest)
            #expect(response.errorMessage?.contains("不能接受") == true, "\(response.text)")
        }
        #expect(!FileManager.default.fileExists(atPath: server.folder.appendingPathComponent("逃逸.txt").path))
        let left = try FileManager.default.contentsOfDirectory(atPath: server.desk.uploads.path)
        #expect(left.isEmpty, "staging left behind: \(left)")
        await server.close()
    }

    @Test func limitsAreEnforced() async throws {
        var limits = UploadLimits()
        limits.fileBytes = 1 << 10
        limits.files = 2
        let server = try await TestServer(limits: limits)
        try await server.app.test(.router) { client in
            let big = try await client.execute(
                uri: "/api/import", method: .post, headers: MultipartBody.headers(server.pageHeaders),
                body: MultipartBody(parts: [("大.txt", Data(repeating: 0x41, count: 4 << 10))]).buffer)
            #expect(big.status == .contentTooLarge)
            #expect(big.errorMessage?.contains("太大") == true)
            let many = try await client.execute(
                uri: "/api/import", method: .post, headers: MultipartBody.headers(server.pageHeaders),
                body: MultipartBody(parts: (1...3).map { ("\($0).txt", Data("一、要求\n".utf8)) }).buffer)
            #expect(many.status == .contentTooLarge)
            #expect(many.errorMessage?.contains("文件太多") == true)
            let notMultipart = try await client.execute(
                uri: "/api/import", method: .post, headers: server.pageHeaders, body: TestServer.json("{}"))
            #expect(notMultipart.status == .badRequest)
        }
        await server.close()
    }
}
