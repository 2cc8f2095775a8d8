import Foundation
import Hummingbird

/// JSON in and out, encoded as the commands print it: keys sorted, Chinese unescaped.
enum JSONBody {
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    static func data<T: Encodable>(_ value: T) throws -> Data { try encoder.encode(value) }

    static func response<T: Encodable>(_ value: T, status: HTTPResponse.Status = .ok) -> Response {
        let data = (try? encoder.encode(value)) ?? Data(#"{"error":"无法生成 JSON"}"#.utf8)
        return Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// Reads the request body (at most `limit` bytes) as `T`.
    static func decode<T: Decodable>(_ type: T.Type, from request: Request, limit: Int = 4 << 20) async throws -> T {
        var request = request
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: limit)
        } catch {
            throw ServerError.tooLarge("请求内容太大（上限 \(limit >> 20) MB）")
        }
        guard buffer.readableBytes > 0 else { throw ServerError.badRequest("请求内容为空：需要一个 JSON 对象") }
        return try JSONDecoder().decode(T.self, from: Data(buffer.readableBytesView))
    }
}
