import BiganLibrary
import BiganText
import Foundation
import Hummingbird

/// Turns any error into a status and a reason in Chinese; never a stack or a type name.
enum ErrorMessage {
    static func of(_ error: any Error) -> (status: HTTPResponse.Status, message: String) {
        switch error {
        case let error as ServerError:
            return (error.status, error.message)
        case let error as BiganError:
            return (.badRequest, error.description)
        case let error as StoreFailure:
            return (error.isLibraryFailure ? .serviceUnavailable : .internalServerError, "片段库出错：\(error.message)")
        case let error as DecodingError:
            return (.badRequest, "请求内容的格式不对：\(describe(error))")
        case let error as HTTPError:
            return (error.status, message(for: error.status))
        default:
            return (.internalServerError, "服务器出错：\(error.localizedDescription)")
        }
    }

    static func message(for status: HTTPResponse.Status) -> String {
        switch status {
        case .notFound: "没有这个页面或接口"
        case .contentTooLarge: "请求太大，超出了上传限制"
        case .methodNotAllowed: "这个地址不接受这种请求方法"
        case .badRequest: "请求不完整或格式不对"
        default: "请求失败（\(status.code)）"
        }
    }

    static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
            return keys.isEmpty ? "" : "字段 \(keys)："
        }
        switch error {
        case .keyNotFound(let key, let context): return "\(path(context))缺少字段 \(key.stringValue)"
        case .typeMismatch(_, let context): return "\(path(context))类型不对"
        case .valueNotFound(_, let context): return "\(path(context))不能为空"
        case .dataCorrupted(let context): return "\(path(context))不是有效的 JSON"
        @unknown default: return "无法读取"
        }
    }
}
