import Foundation

@testable import BiganOutline

/// The small documents written for these tests, in the layouts real 范文 come in.
enum ParseFixtures {
    static let folder = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/Parse")

    static func parse(_ name: String) throws -> ParsedDocument {
        try SpeechReader().read(path: folder.appendingPathComponent(name).path)
    }
}
