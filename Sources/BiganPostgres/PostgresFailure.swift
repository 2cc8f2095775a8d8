import BiganLibrary
import BiganText
import Foundation
import PostgresNIO

/// PostgreSQL's and PostgresNIO's errors in the words a user reads, and what each means for an
/// import: whether the file is worth trying again (two writers met on the same rows), and whether
/// every later file would fail alike (the server went away, the login was refused).
///
/// PostgresNIO's own descriptions are generic on purpose (they could carry a query's values);
/// these messages say what is wrong and never carry a password.
enum PostgresFailure {
    /// The pool was closed.
    static let closed = StoreFailure("片段库已关闭", isLibraryFailure: true)

    /// Another writer got in the way: the serialization failure or deadlock PostgreSQL reports, or
    /// a snippet another writer deleted between two statements. Trying the file again succeeds.
    struct Conflict: Error {}

    /// SQLSTATEs worth trying the file again for: serialization failure, deadlock, and a unique
    /// key another writer took first.
    static let retryStates: Set<String> = ["40001", "40P01", "23505"]

    static func isRetryable(_ error: any Error) -> Bool {
        if error is Conflict { return true }
        return sqlState(of: error).map(retryStates.contains) ?? false
    }

    /// Whether the connection is gone: it cannot serve another call.
    static func isConnectionLost(_ error: any Error) -> Bool {
        if error is ClosingWatch.Closed { return true }
        guard let error = error as? PSQLError else { return false }
        switch error.code {
        case .serverClosedConnection, .connectionError, .uncleanShutdown, .clientClosedConnection:
            return true
        case .server:
            return sqlState(of: error).map { $0.hasPrefix("57P") || $0.hasPrefix("08") } ?? false
        default:
            return false
        }
    }

    static func sqlState(of error: any Error) -> String? {
        (error as? PSQLError)?.serverInfo?[.sqlState]
    }

    /// The error as a `StoreFailure` (an import's file failure, or the library's).
    static func storeFailure(_ error: any Error, address: PostgresAddress) -> any Error {
        if error is StoreFailure || error is BiganError { return error }
        let (message, isLibrary) = describe(error, address: address)
        return StoreFailure(message, isLibraryFailure: isLibrary)
    }

    /// The error as a `BiganError` naming the library (the commands' reads and the open).
    static func biganError(_ error: any Error, address: PostgresAddress) -> any Error {
        if let error = error as? BiganError { return error }
        if let error = error as? StoreFailure { return BiganError(file: address.description, error.message) }
        return BiganError(file: address.description, describe(error, address: address).message)
    }

    /// What went wrong, and whether every later file would fail the same way.
    static func describe(_ error: any Error, address: PostgresAddress) -> (message: String, isLibraryFailure: Bool) {
        guard let error = error as? PSQLError else {
            if let failure = error as? StoreFailure { return (failure.message, failure.isLibraryFailure) }
            if error is ClosingWatch.Closed {
                return (
                    "与 PostgreSQL 服务器 \(address.serverDescription) 的连接中断了（服务器已停止或重启）；正在写入的文件什么也没有存入",
                    true
                )
            }
            if error is Conflict { return ("与其他写入者冲突，多次重试仍未成功；这个文件什么也没有存入", false) }
            return (String(describing: error), false)
        }
        let server = address.serverDescription
        switch error.code {
        case .connectionError where isReset(error.underlying):
            return ("与 PostgreSQL 服务器 \(server) 的连接中断了（服务器已停止或重启）；正在写入的文件什么也没有存入", true)
        case .connectionError:
            return ("无法连接到 PostgreSQL 服务器 \(server)（\(reason(error.underlying))）；服务器是否已启动，地址和端口是否正确？", true)
        case .serverClosedConnection, .uncleanShutdown:
            return ("与 PostgreSQL 服务器 \(server) 的连接中断了（服务器已停止或重启）；正在写入的文件什么也没有存入", true)
        case .authMechanismRequiresPassword:
            return ("服务器要求用户 \(address.user) 提供密码：把密码写进地址（postgres://用户:密码@…）或设置 PGPASSWORD", true)
        case .sslUnsupported:
            return ("服务器 \(server) 不支持 SSL，而地址要求 sslmode=\(address.sslMode.rawValue)", true)
        case .failedToAddSSLHandler:
            return ("无法与服务器 \(server) 建立 SSL 连接", true)
        case .unsupportedAuthMechanism, .saslError:
            return ("服务器 \(server) 要求的登录方式 bigan 不支持，或登录握手失败", true)
        case .server:
            return describeServer(error, address: address)
        default:
            return ("PostgreSQL 连接出错（\(error.code)）", true)
        }
    }

    private static func describeServer(_ error: PSQLError, address: PostgresAddress) -> (String, Bool) {
        let state = error.serverInfo?[.sqlState] ?? ""
        let said = error.serverInfo?[.message] ?? ""
        switch state {
        case "28P01":
            return ("用户 \(address.user) 的密码不对（或没有这个用户）；服务器拒绝了登录", true)
        case "28000":
            return ("服务器不允许用户 \(address.user) 从这里登录数据库 \(address.database)（见服务器的 pg_hba.conf）：\(said)", true)
        case "3D000":
            return ("数据库 \(address.database) 不存在；先在服务器上建好它（见 README 的“办公室共用片段库”）", true)
        case "42501":
            return ("用户 \(address.user) 没有所需的权限：\(said)", true)
        case "53300":
            return ("服务器的连接数已满：\(said)", true)
        case "25006":
            return ("服务器是只读的（备用服务器？），不能写入片段库", true)
        case "57P01", "57P02", "57P03":
            return ("PostgreSQL 服务器 \(address.serverDescription) 正在停止、重启或尚未就绪：\(said)；正在写入的文件什么也没有存入", true)
        case "53100":
            return ("服务器的磁盘满了：\(said)；这个文件什么也没有存入", true)
        case _ where retryStates.contains(state):
            return ("与其他写入者冲突，多次重试仍未成功（\(said)）；这个文件什么也没有存入", false)
        default:
            return ("PostgreSQL 报错（\(state)）：\(said)", state.hasPrefix("08") || state.hasPrefix("XX"))
        }
    }

    /// Whether a connection that was made was cut: the server went away.
    private static func isReset(_ underlying: (any Error)?) -> Bool {
        guard let error = underlying as? IOError else { return false }
        return error.errnoCode == ECONNRESET || error.errnoCode == EPIPE
    }

    /// Why a connection could not be made, from the socket error under it.
    private static func reason(_ underlying: (any Error)?) -> String {
        guard let underlying else { return "原因不明" }
        if let error = underlying as? NIOConnectionError {
            return error.connectionErrors.first.map { reason($0.error) } ?? "找不到主机 \(error.host)"
        }
        if let error = underlying as? IOError {
            switch error.errnoCode {
            case ECONNREFUSED: return "连接被拒绝"
            case ENOENT: return "没有这个套接字文件"
            case ETIMEDOUT: return "连接超时"
            case EHOSTUNREACH, ENETUNREACH: return "网络不通"
            case EACCES: return "没有权限打开套接字"
            default: return String(cString: strerror(error.errnoCode))
            }
        }
        if case ChannelError.connectTimeout = underlying { return "连接超时" }
        if underlying is SocketAddressError { return "找不到主机" }
        return String(describing: underlying)
    }
}
