import Foundation
import Testing

@testable import BiganOutline
@testable import BiganText

/// Every input the fuzz target keeps (seeds and inputs that once crashed it) parses without a
/// crash: it gives a document or a `BiganError`, nothing else.
struct FuzzRegressionTests {
    static let folder = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/Fuzz")

    static var inputs: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0 != "README.md" }.sorted()
    }

    @Test func thereAreInputs() {
        #expect(Self.inputs.count >= 5)
    }

    @Test(arguments: inputs)
    func parsesWithoutCrashing(_ name: String) throws {
        let data = try Data(contentsOf: Self.folder.appendingPathComponent(name))
        let isZip = data.starts(with: [0x50, 0x4B])
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("fuzz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        for suffix in isZip ? ["txt", "docx"] : ["txt"] {
            let path = scratch.appendingPathComponent("input.\(suffix)").path
            try data.write(to: URL(fileURLWithPath: path))
            do {
                let document = try SpeechReader().read(path: path)
                #expect(document.file == path)
            } catch let error as BiganError {
                #expect(!error.message.isEmpty)
            }
        }
    }
}
