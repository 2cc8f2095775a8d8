import Foundation
import Testing

@testable import BiganDesk
@testable import BiganPostgres
@testable import BiganText

/// `--library postgres://…`: libpq's address form, and a password never shown.
@Suite struct PostgresAddressTests {
    @Test func anAddressNamesItsServerUserAndDatabase() throws {
        let address = try PostgresAddress("postgres://wenmi:s3cret@db.office.lan:6543/fanwen", environment: [:])
        #expect(address.endpoint == .tcp(host: "db.office.lan", port: 6543))
        #expect(address.user == "wenmi" && address.password == "s3cret" && address.database == "fanwen")
        #expect(address.sslMode == .prefer)
        #expect(address.description == "postgres://wenmi@db.office.lan:6543/fanwen")
    }

    @Test func aSocketFolderComesFromHostOrTheDefault() throws {
        let named = try PostgresAddress(
            "postgres:///fanwen?host=/run/postgresql&port=5433", environment: ["PGUSER": "wenmi"])
        #expect(named.endpoint == .socket(folder: "/run/postgresql", port: 5433))
        #expect(named.user == "wenmi" && named.database == "fanwen")
        #expect(named.description == "postgres://wenmi@/fanwen?host=/run/postgresql&port=5433")
        #expect(named.serverDescription == "/run/postgresql/.s.PGSQL.5433")
        let standard = try PostgresAddress("postgresql://wenmi@/fanwen", environment: [:])
        #expect(standard.endpoint == .socket(folder: "/var/run/postgresql", port: 5432))
    }

    @Test func thePasswordMayComeFromPGPASSWORDButTheAddressWins() throws {
        #expect(try PostgresAddress("postgres://u@h/d", environment: ["PGPASSWORD": "env"]).password == "env")
        #expect(try PostgresAddress("postgres://u:url@h/d", environment: ["PGPASSWORD": "env"]).password == "url")
        #expect(try PostgresAddress("postgres://u@h/d", environment: [:]).password == nil)
    }

    @Test func sslModeAndPercentEncodingAreRead() throws {
        let address = try PostgresAddress(
            "postgres://%E6%96%87%E7%A7%98:p%40ss@10.0.0.5/%E8%8C%83%E6%96%87?sslmode=require", environment: [:])
        #expect(address.user == "文秘" && address.password == "p@ss" && address.database == "范文")
        #expect(address.sslMode == .require)
        #expect(address.description == "postgres://%E6%96%87%E7%A7%98@10.0.0.5:5432/%E8%8C%83%E6%96%87?sslmode=require")
    }

    @Test(arguments: [
        ("postgres://u:pw@h/d?sslmode=sometimes", "sslmode"),
        ("postgres://u:pw@h/d?colour=red", "colour"),
        ("postgres://u:pw@h:70000/d", "70000"),
        ("postgres://u:pw@h/d?password=pw&port=x", "x"),
    ])
    func aMalformedAddressIsRefusedWithoutShowingItsPassword(text: String, named: String) {
        let error = #expect(throws: BiganError.self) { try PostgresAddress(text, environment: [:]) }
        #expect(error?.message.contains(named) == true)
        #expect(error.map { !"\($0)".contains("pw") } == true, "\(String(describing: error))")
    }

    @Test func redactionTakesOutEveryPassword() {
        #expect(PostgresAddress.redacted("postgres://u:secret@h/d") == "postgres://u@h/d")
        #expect(
            PostgresAddress.redacted("postgres://u@h/d?password=secret&sslmode=require")
                == "postgres://u@h/d?sslmode=require")
        #expect(
            PostgresAddress.redacted("postgres://u@h/d?sslmode=require&password=secret")
                == "postgres://u@h/d?sslmode=require")
    }

    @Test func theLibraryLocationShowsTheAddressWithoutItsPassword() throws {
        let location = try LibraryLocation.resolve(
            option: nil, environment: ["BIGAN_LIBRARY": "postgres://wenmi:s3cret@db:5432/fanwen"])
        #expect(location.server?.password == "s3cret")
        #expect(location.path == "postgres://wenmi@db:5432/fanwen")
        #expect(location.origin == .environment)
    }
}
