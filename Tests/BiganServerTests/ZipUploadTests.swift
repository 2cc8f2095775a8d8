import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import ZIPFoundation

@testable import BiganServer

@Suite struct ZipUploadTests {
    /// A zip in memory with `entries` (name, bytes), deflated.
    static func zip(_ entries: [(String, Data)]) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for (name, data) in entries {
            try archive.addEntry(
                with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
            ) { position, size in data.subdata(in: Int(position)..<Int(position) + size) }
        }
        return try #require(archive.data)
    }

    static func upload(_ zip: Data, named name: String, to server: TestServer, _ client: some TestClientProtocol)
        async throws -> TestResponse
    {
        try await client.execute(
            uri: "/api/import", method: .post, headers: MultipartBody.headers(server.pageHeaders),
            body: MultipartBody(parts: [(name, zip)]).buffer)
    }

    @Test func zipIsUnpackedUnderItsName() async throws {
        let server = try await TestServer()
        let zip = try Self.zip([
            ("一/01_总结表彰会_市长.txt", try TestServer.starter("01_总结表彰会_市长.txt")),
            ("02_总结表彰会_局长.txt", try TestServer.starter("02_总结表彰会_局长.txt")),
            ("图片.png", Data([0x89, 0x50])),
        ])
        try await server.app.test(.router) { client in
            let accepted = try await Self.upload(zip, named: "范文合集.zip", to: server, client)
            #expect(accepted.status == .accepted, "\(accepted.text)")
            let files = try #require(try accepted.json() as? [String: Any])["files"] as? [String]
            #expect(files == ["范文合集/一/01_总结表彰会_市长.txt", "范文合集/02_总结表彰会_局长.txt"])
            await server.desk.imports.waitUntilIdle()
            let sources = try await client.execute(uri: "/api/sources", method: .get)
            #expect(try sources.json() as? [String] == files?.sorted())
        }
        await server.close()
    }

    @Test func climbingEntryRefusesTheWholeZip() async throws {
        let server = try await TestServer()
        let zip = try Self.zip([("好.txt", Data("一、要求\n".utf8)), ("../../逃逸.txt", Data("一、要求\n".utf8))])
        try await server.app.test(.router) { client in
            let response = try await Self.upload(zip, named: "坏.zip", to: server, client)
            #expect(response.status == .badRequest)
            #expect(response.errorMessage?.contains("路径不安全") == true, "\(response.text)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: server.desk.uploads.path).isEmpty)
        await server.close()
    }

    @Test func zipBombIsRefused() async throws {
        let server = try await TestServer()
        let zip = try Self.zip([("炸弹.txt", Data(count: 20 << 20))])
        #expect(zip.count < 200 << 10)
        try await server.app.test(.router) { client in
            let response = try await Self.upload(zip, named: "炸弹.zip", to: server, client)
            #expect(response.status == .badRequest)
            #expect(response.errorMessage?.contains("压缩炸弹") == true, "\(response.text)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: server.desk.uploads.path).isEmpty)
        await server.close()
    }
}
