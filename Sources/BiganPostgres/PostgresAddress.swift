import BiganText
import Foundation
import PostgresNIO

/// A library on a PostgreSQL server, as `--library` and `$BIGAN_LIBRARY` name it:
/// `postgres://user[:password]@host[:port]/database[?sslmode=…&host=/socket/folder]`, the form
/// libpq reads. `postgresql://` is the same; without a host the server's Unix socket in
/// `/var/run/postgresql` is used (`host=` names another socket folder); the user defaults to
/// `$PGUSER`, then the login name; the password to `$PGPASSWORD`.
///
/// `description` never holds the password: it is the address a user sees in stats, errors and
/// the server's health.
package struct PostgresAddress: Sendable, Equatable, CustomStringConvertible {
    package enum Endpoint: Sendable, Equatable {
        case tcp(host: String, port: Int)
        /// A socket folder; the socket is `.s.PGSQL.<port>` in it.
        case socket(folder: String, port: Int)
    }

    /// libpq's `sslmode`.
    package enum SSLMode: String, Sendable, CaseIterable {
        case disable, allow, prefer, require
        case verifyCA = "verify-ca"
        case verifyFull = "verify-full"
    }

    package var endpoint: Endpoint
    package var user: String
    package var password: String?
    package var database: String
    package var sslMode: SSLMode
    /// `sslrootcert`: the certificate authorities `verify-ca` and `verify-full` trust (else the system's).
    package var rootCertificate: String?
    /// The schema holding the library's tables: `bigan`, apart from whatever else the database
    /// holds (tests give each library a schema of its own).
    package var schema = "bigan"

    /// Whether `text` names a PostgreSQL library rather than a file.
    package static func isAddress(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return lowered.hasPrefix("postgres://") || lowered.hasPrefix("postgresql://")
    }

    /// Parses an address; throws a `BiganError` naming it (without its password) when it is malformed.
    package init(_ text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        let shown = Self.redacted(text)
        guard Self.isAddress(text), let parts = URLComponents(string: text) else {
            throw BiganError(
                file: shown, "不是有效的 PostgreSQL 地址；格式为 postgres://用户[:密码]@主机[:端口]/数据库")
        }
        var query: [String: String] = [:]
        for item in parts.queryItems ?? [] {
            guard Self.parameters.contains(item.name) else {
                throw BiganError(
                    file: shown,
                    "不认识的参数 “\(item.name)”；可用的有 \(Self.parameters.sorted().joined(separator: "、"))")
            }
            query[item.name] = item.value ?? ""
        }
        let portText = query["port"] ?? parts.port.map(String.init)
        guard let port = portText.map({ Int($0) }) ?? 5432, (1...65535).contains(port) else {
            throw BiganError(file: shown, "端口 “\(portText ?? "")” 不是 1 到 65535 之间的数")
        }
        let host = query["host"] ?? parts.percentEncodedHost.flatMap { $0.removingPercentEncoding } ?? ""
        if host.isEmpty || host.hasPrefix("/") {
            endpoint = .socket(folder: host.isEmpty ? "/var/run/postgresql" : host, port: port)
        } else {
            endpoint = .tcp(host: host.hasPrefix("[") ? String(host.dropFirst().dropLast()) : host, port: port)
        }
        user =
            query["user"] ?? parts.percentEncodedUser?.removingPercentEncoding ?? environment["PGUSER"]
            ?? ProcessInfo.processInfo.userName
        password =
            query["password"] ?? parts.percentEncodedPassword?.removingPercentEncoding ?? environment["PGPASSWORD"]
        let path = parts.percentEncodedPath.removingPercentEncoding ?? ""
        database = query["dbname"] ?? (path.hasPrefix("/") ? String(path.dropFirst()) : path)
        if database.isEmpty { database = user }
        guard let mode = SSLMode(rawValue: query["sslmode"] ?? "prefer") else {
            throw BiganError(
                file: shown,
                "sslmode “\(query["sslmode"] ?? "")” 不对；可用的有 \(SSLMode.allCases.map(\.rawValue).joined(separator: "、"))"
            )
        }
        sslMode = mode
        rootCertificate = query["sslrootcert"]
    }

    /// The query parameters an address may carry (libpq's names).
    static let parameters: Set<String> = [
        "host", "port", "user", "password", "dbname", "sslmode", "sslrootcert", "application_name",
    ]

    /// The address as a user may see it: the password left out.
    package var description: String {
        var text = "postgres://" + Self.encoded(user) + "@"
        var query: [String] = []
        switch endpoint {
        case .tcp(let host, let port):
            text += (host.contains(":") ? "[\(host)]" : Self.encoded(host)) + ":\(port)"
        case .socket(let folder, let port):
            query.append("host=" + Self.encoded(folder, keeping: "/"))
            if port != 5432 { query.append("port=\(port)") }
        }
        text += "/" + Self.encoded(database)
        if sslMode != .prefer, case .tcp = endpoint { query.append("sslmode=\(sslMode.rawValue)") }
        return query.isEmpty ? text : text + "?" + query.joined(separator: "&")
    }

    /// Where the server is, for messages: `host:port` or the socket's path.
    package var serverDescription: String {
        switch endpoint {
        case .tcp(let host, let port): return host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
        case .socket(let folder, let port): return "\(folder)/.s.PGSQL.\(port)"
        }
    }

    /// `text` with any password taken out, for messages about an address that could not be parsed.
    package static func redacted(_ text: String) -> String {
        var result = text
        if let scheme = result.range(of: "://"),
            let at = result.range(of: "@", range: scheme.upperBound..<result.endIndex)
        {
            let userInfo = result[scheme.upperBound..<at.lowerBound]
            if let colon = userInfo.firstIndex(of: ":") { result.removeSubrange(colon..<at.lowerBound) }
        }
        while let range = result.range(of: #"([?&])password=[^&]*&?"#, options: .regularExpression) {
            let separator = result[range].first.map(String.init) ?? ""
            result.replaceSubrange(range, with: separator)
        }
        return result.hasSuffix("?") || result.hasSuffix("&") ? String(result.dropLast()) : result
    }

    /// `text` percent-encoded but for URL's unreserved characters and `keeping`.
    private static func encoded(_ text: String, keeping: String = "") -> String {
        let allowed = CharacterSet(
            charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~" + keeping)
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }

    /// The connection settings PostgresNIO takes. TLS is set up here so a bad certificate file is
    /// reported as the address's problem before any connection is tried.
    func connectionConfiguration() throws -> PostgresConnection.Configuration {
        var configuration: PostgresConnection.Configuration
        switch endpoint {
        case .socket(let folder, let port):
            configuration = .init(
                unixSocketPath: "\(folder)/.s.PGSQL.\(port)", username: user, password: password, database: database)
        case .tcp(let host, let port):
            configuration = .init(
                host: host, port: port, username: user, password: password, database: database, tls: try tls())
        }
        // Every table of a library lives in the schema `bigan`, apart from whatever else the database holds.
        configuration.options.additionalStartupParameters = [
            ("application_name", "bigan"), ("search_path", schema),
        ]
        return configuration
    }

    private func tls() throws -> PostgresConnection.Configuration.TLS {
        var settings = TLSConfiguration.makeClientConfiguration()
        switch sslMode {
        case .disable:
            return .disable
        case .allow, .prefer, .require:
            settings.certificateVerification = .none
        case .verifyCA:
            settings.certificateVerification = .noHostnameVerification
        case .verifyFull:
            settings.certificateVerification = .fullVerification
        }
        if let rootCertificate, sslMode == .verifyCA || sslMode == .verifyFull {
            settings.trustRoots = .file(rootCertificate)
        }
        do {
            let context = try NIOSSLContext(configuration: settings)
            return sslMode == .allow || sslMode == .prefer ? .prefer(context) : .require(context)
        } catch {
            throw BiganError(file: description, "无法建立 TLS 设置（sslrootcert=\(rootCertificate ?? "")）：\(error)")
        }
    }
}
