import Foundation
import Testing

/// The command line on a PostgreSQL library that cannot be opened: a clear Chinese error naming
/// the library without its password, exit 1, and never the password, from the address or from
/// `$PGPASSWORD`. The server of `$BIGAN_TEST_POSTGRES` (always under CI) answers the login cases.
@Suite struct PostgresCLITests {
    static let server = ProcessInfo.processInfo.environment["BIGAN_TEST_POSTGRES"].flatMap {
        $0.isEmpty ? nil : URLComponents(string: $0)
    }
    static let isRequired = ProcessInfo.processInfo.environment["CI"] == "true"

    /// The test server's address with another password or database.
    func address(password: String?, database: String) throws -> String {
        var address = try #require(Self.server, "BIGAN_TEST_POSTGRES is not set (CI=true needs a PostgreSQL server)")
        address.password = password
        address.path = "/" + database
        return try #require(address.string)
    }

    func fails(_ arguments: [String], environment: [String: String] = [:], saying words: String, hiding secret: String)
        throws
    {
        let result = try BiganProcess.run(arguments, environment: environment)
        #expect(result.status == 1)
        #expect(result.stderr.contains("Error: postgres://"), "\(result.stderr)")
        #expect(result.stderr.contains(words), "\(result.stderr)")
        #expect(!(result.stdout + result.stderr).contains(secret))
    }

    @Test func aServerThatIsNotThereIsNamed() throws {
        let secret = "secret-\(UUID().uuidString)"
        try fails(
            ["stats", "--library", "postgres://wenmi:\(secret)@127.0.0.1:1/fanwen"],
            saying: "无法连接到 PostgreSQL 服务器 127.0.0.1:1", hiding: secret)
    }

    @Test(.enabled(if: server != nil || isRequired)) func aWrongPasswordIsSaidSo() throws {
        let secret = "wrong-\(UUID().uuidString)"
        let database = try #require(Self.server?.path.dropFirst()).description
        try fails(
            ["search", "督查", "--library", try address(password: secret, database: database)], saying: "密码不对",
            hiding: secret)
        try fails(
            ["stats", "--library", try address(password: nil, database: database)],
            environment: ["PGPASSWORD": secret], saying: "密码不对", hiding: secret)
    }

    @Test(.enabled(if: server != nil || isRequired)) func aMissingDatabaseIsSaidSo() throws {
        let password = try #require(Self.server?.password)
        try fails(
            [
                "import", BiganProcess.seedPath, "--library",
                try address(password: password, database: "no_such_fanwen"),
            ],
            saying: "不存在", hiding: password)
    }
}
