import BiganSQLite
import BiganText
import BiganThemes
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore

@testable import BiganServer

/// A server over a fresh library in a temporary folder, tested through Hummingbird's router client.
struct TestServer {
    let folder: URL
    let desk: ServerDesk
    let secrets: ServerSecrets
    let app: Application<RouterResponder<BasicRequestContext>>

    static let annotator = Result { try ThemeAnnotator.load() }

    init(limits: UploadLimits = UploadLimits(), bearerRequired: Bool = false) async throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("bigan-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let resources = try ResourceLocator.locate()
        let library = try SQLiteStore.open(
            at: folder.appendingPathComponent("library.sqlite").path, create: true, concurrentReads: true)
        desk = try ServerDesk(
            library: library, annotator: try Self.annotator.get(), resources: resources,
            uploads: folder.appendingPathComponent("uploads"), limits: limits)
        try FileManager.default.createDirectory(at: desk.uploads, withIntermediateDirectories: true)
        secrets = ServerSecrets(bearer: "test-token-12345", bearerRequired: bearerRequired)
        let web = resources.root.appendingPathComponent("Web")
        let pages = try await PageRenderer(web: web, csrf: secrets.csrf)
        let router = BiganServer.router(
            desk: desk, pages: pages, secrets: secrets,
            hosts: HostPolicy(boundHost: "127.0.0.1", allowed: ["bigan.office"], machineAddresses: []), web: web)
        app = Application(router: router)
    }

    func close() async {
        await desk.close()
        try? FileManager.default.removeItem(at: folder)
    }

    /// Headers of a request a page of this server sends: CSRF token and same Origin.
    var pageHeaders: HTTPFields {
        [.origin: "http://localhost", HTTPField.Name("X-Bigan-CSRF")!: secrets.csrf, .contentType: "application/json"]
    }

    var bearerHeaders: HTTPFields {
        [.authorization: "Bearer \(secrets.bearer)", .contentType: "application/json"]
    }

    static func json(_ text: String) -> ByteBuffer { ByteBuffer(string: text) }

    /// A starter speech of the bundled corpus, by file name.
    static func starter(_ name: String) throws -> Data {
        try Data(contentsOf: try ResourceLocator.locate().snippets.appendingPathComponent("starter/\(name)"))
    }
}

/// A multipart/form-data body of `files` parts.
struct MultipartBody {
    static let boundary = "----biganTestBoundary7MA4YWxkTrZu0gW"
    var parts: [(name: String, data: Data)] = []
    /// Plain form fields, sent before the files.
    var fields: [String: String] = [:]

    var buffer: ByteBuffer {
        var data = Data()
        for (name, value) in fields.sorted(by: { $0.key < $1.key }) {
            data.append(
                Data("--\(Self.boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8))
        }
        for part in parts {
            data.append(Data("--\(Self.boundary)\r\n".utf8))
            data.append(Data("Content-Disposition: form-data; name=\"files\"; filename=\"\(part.name)\"\r\n".utf8))
            data.append(Data("Content-Type: application/octet-stream\r\n\r\n".utf8))
            data.append(part.data)
            data.append(Data("\r\n".utf8))
        }
        data.append(Data("--\(Self.boundary)--\r\n".utf8))
        return ByteBuffer(bytes: data)
    }

    static func headers(_ base: HTTPFields) -> HTTPFields {
        var headers = base
        headers[.contentType] = "multipart/form-data; boundary=\(boundary)"
        return headers
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }

    func json() throws -> Any { try JSONSerialization.jsonObject(with: Data(body.readableBytesView)) }

    /// The `error` of a JSON error body.
    var errorMessage: String? { (try? json() as? [String: Any])?["error"] as? String }
}
