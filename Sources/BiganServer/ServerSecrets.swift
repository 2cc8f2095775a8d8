import Foundation

/// The tokens of one server run: the CSRF token the pages carry, and the bearer token scripts send.
package struct ServerSecrets: Sendable {
    /// Sent by pages as `X-Bigan-CSRF` on every request that changes anything.
    package let csrf: String
    /// `Authorization: Bearer …`; lets a script change things without the CSRF token.
    package let bearer: String
    /// When true every request needs the bearer token (or its cookie), reading ones included.
    package let bearerRequired: Bool

    package init(csrf: String = ServerSecrets.random(), bearer: String?, bearerRequired: Bool) {
        self.csrf = csrf
        self.bearer = bearer ?? ServerSecrets.random()
        self.bearerRequired = bearerRequired
    }

    /// 32 random bytes as hex.
    package static func random() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
    }

    /// Compares in time independent of where the strings differ.
    static func same(_ given: String?, _ expected: String) -> Bool {
        guard let given else { return false }
        let a = Array(given.utf8), b = Array(expected.utf8)
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
