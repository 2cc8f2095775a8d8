import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import ZIPFoundation

@testable import BiganServer

@Suite struct DraftAPITests {
    @Test func recomposeKeepsLockedBlocksAndRenderGivesWhatWasSent() async throws {
        let server = try await TestServer()
        try await server.app.test(.router) { client in
            let files = try ["01_总结表彰会_市长.txt", "02_总结表彰会_局长.txt", "03_工作部署会_市长.txt"].map {
                ($0, try TestServer.starter($0))
            }
            _ = try await ImportAPITests.importFiles(client, server, MultipartBody(parts: files))
            let first = try await client.execute(
                uri: "/api/draft", method: .post, headers: server.pageHeaders,
                body: TestServer.json(#"{"occasion": "总结表彰会", "role": "市长", "region": "天水市", "seed": 1}"#))
            #expect(first.status == .ok, "\(first.text)")
            var draft = try #require(try first.json() as? [String: Any])
            var blocks = try #require(draft["blocks"] as? [[String: Any]])
            let index = try #require(blocks.indices.first { blocks[$0]["snippetId"] as? Int != nil })
            blocks[index]["text"] = "这是写作者改过并锁定的一段，重新起草时必须原样保留。"
            blocks[index]["locked"] = true
            let body: [String: Any] = [
                "occasion": "总结表彰会", "role": "市长", "region": "天水市", "seed": 2, "blocks": blocks,
            ]
            let second = try await client.execute(
                uri: "/api/draft", method: .post, headers: server.pageHeaders,
                body: ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: body)))
            let again = try #require(try second.json() as? [String: Any])
            let newBlocks = try #require(again["blocks"] as? [[String: Any]])
            try #require(newBlocks.indices.contains(index))
            #expect(newBlocks[index]["text"] as? String == "这是写作者改过并锁定的一段，重新起草时必须原样保留。")
            #expect(newBlocks[index]["locked"] as? Bool == true)

            draft["blocks"] = newBlocks
            draft["title"] = "在全市表彰大会上的讲话（修改稿）"
            let docx = try await client.execute(
                uri: "/api/render?format=docx", method: .post, headers: server.pageHeaders,
                body: ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: draft)))
            #expect(docx.status == .ok)
            #expect(docx.headers[.contentDisposition]?.contains("filename*=UTF-8''") == true)
            let archive = try Archive(data: Data(docx.body.readableBytesView), accessMode: .read)
            var xml = Data()
            _ = try archive.extract(try #require(archive["word/document.xml"])) { xml.append($0) }
            let text = String(decoding: xml, as: UTF8.self)
            #expect(text.contains("这是写作者改过并锁定的一段"))
            #expect(text.contains("修改稿"))
            let markdown = try await client.execute(
                uri: "/api/render?format=md", method: .post, headers: server.pageHeaders,
                body: ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: draft)))
            #expect(markdown.text.contains("这是写作者改过并锁定的一段"))
            let pdf = try await client.execute(
                uri: "/api/render?format=pdf", method: .post, headers: server.pageHeaders,
                body: ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: draft)))
            #expect(pdf.status == .badRequest)
        }
        await server.close()
    }

    @Test func unknownOccasionOrRoleIsNamed() async throws {
        let server = try await TestServer()
        try await server.app.test(.router) { client in
            let occasion = try await client.execute(
                uri: "/api/draft", method: .post, headers: server.pageHeaders,
                body: TestServer.json(#"{"occasion": "年会", "role": "市长"}"#))
            #expect(occasion.status == .badRequest)
            #expect(occasion.errorMessage?.hasPrefix("没有“年会”这个场合") == true)
            let role = try await client.execute(
                uri: "/api/draft", method: .post, headers: server.pageHeaders,
                body: TestServer.json(#"{"occasion": "总结表彰会", "role": "皇帝"}"#))
            #expect(role.errorMessage?.hasPrefix("没有“皇帝”这个讲话人身份") == true)
            let outline = try await client.execute(
                uri: "/api/draft", method: .post, headers: server.pageHeaders,
                body: TestServer.json(#"{"occasion": "总结表彰会", "role": "市长", "outline": "一、抓好安全生产\n二、优化营商环境"}"#))
            #expect(outline.status == .ok, "\(outline.text)")
            #expect(outline.text.contains("优化营商环境"))
            let uploaded = try await client.execute(
                uri: "/api/outline", method: .post, headers: MultipartBody.headers(server.pageHeaders),
                body: MultipartBody(parts: [("提纲.txt", Data("一、抓好安全生产\n（一）压实责任\n二、优化营商环境\n".utf8))]).buffer)
            #expect(try uploaded.json() as? [String: String] == ["text": "一、抓好安全生产\n（一）压实责任\n二、优化营商环境"])
        }
        await server.close()
    }
}
