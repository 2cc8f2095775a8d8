import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import BiganServer

@Suite struct ConcurrencyTests {
    /// Two writers import while others search and compose: every request succeeds, the imports
    /// run one after the other, and the library holds every file once.
    @Test func importsQueueWhileSearchesAndDraftsGoOn() async throws {
        let server = try await TestServer()
        let names = ["01_总结表彰会_市长.txt", "02_总结表彰会_局长.txt", "03_工作部署会_市长.txt", "04_工作部署会_局长.txt"]
        try await server.app.test(.router) { client in
            _ = try await ImportAPITests.importFiles(
                client, server, MultipartBody(parts: [("甲/\(names[0])", try TestServer.starter(names[0]))]))
            let batches = try [Array(names[1...2]), [names[3]]].map { batch in
                MultipartBody(parts: try batch.map { ("乙/\($0)", try TestServer.starter($0)) })
            }
            try await withThrowingTaskGroup(of: Bool.self) { group in
                for batch in batches {
                    group.addTask {
                        let summary = try await ImportAPITests.importFiles(client, server, batch)
                        return (summary["failed"] as? [Any])?.isEmpty == true && summary["imported"] as? Int ?? 0 > 0
                    }
                }
                for number in 0..<8 {
                    group.addTask {
                        let search = try await client.execute(uri: "/api/search?q=\("工作".percentEncoded)", method: .get)
                        let draft = try await client.execute(
                            uri: "/api/draft", method: .post, headers: server.pageHeaders,
                            body: TestServer.json(#"{"occasion": "工作部署会", "role": "局长", "seed": \#(number + 1)}"#))
                        return search.status == .ok && draft.status == .ok
                    }
                }
                for try await succeeded in group { #expect(succeeded) }
            }
            let sources = try await client.execute(uri: "/api/sources", method: .get)
            #expect((try sources.json() as? [String])?.count == 4)
        }
        await server.close()
    }
}
