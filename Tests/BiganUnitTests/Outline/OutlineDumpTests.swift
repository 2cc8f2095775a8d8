import Foundation
import Testing

@testable import BiganOutline

/// Compares whole parsed documents with committed tree dumps. To accept a deliberate change, run
/// with BIGAN_UPDATE_DUMPS=1 and review the diff of the expectation files.
@Suite struct OutlineDumpTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let documents = [
        ("Snippets/000_e5d90ddf2f1f2905.txt", "seed.outline.txt"),
        ("Snippets/public-domain/gwr_state_2019.txt", "gwr_state_2019.outline.txt"),
        ("Snippets/public-domain/gwr_state_2010.txt", "gwr_state_2010.outline.txt"),
    ]

    @Test(arguments: documents)
    func dumpMatchesExpectation(_ source: String, _ expectationName: String) throws {
        var document = try SpeechReader().read(path: Self.packageRoot.appendingPathComponent(source).path)
        document.file = source
        let dump = OutlineDump(document).render()
        let expectation = Self.packageRoot.appendingPathComponent(
            "Tests/BiganUnitTests/Fixtures/Outline/\(expectationName)")
        if ProcessInfo.processInfo.environment["BIGAN_UPDATE_DUMPS"] == "1" {
            try dump.write(to: expectation, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: expectation, encoding: .utf8)
        #expect(dump == expected)
    }
}
