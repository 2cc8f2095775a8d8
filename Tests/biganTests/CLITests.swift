import Foundation
import Testing

@Suite struct ParseCommandTests {
    @Test func parseSeedPrintsJSON() throws {
        let result = try BiganProcess.run(["parse", BiganProcess.seedPath, "--json"])
        #expect(result.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(json?["encoding"] as? String == "utf-8")
        #expect((json?["speeches"] as? [Any])?.count == 3)
        #expect(result.stderr.isEmpty)
    }

    @Test func parseSeedPrintsAnIndentedOutline() throws {
        let result = try BiganProcess.run(["parse", BiganProcess.seedPath])
        #expect(result.status == 0)
        #expect(result.stdout.contains("H1 一、要充分认识新形势下办公室工作的重要地位和作用"))
        #expect(result.stdout.contains("    [正文 第255行] H3 一是认真负责的精神。"))
    }

    @Test(arguments: [("empty.txt", Data()), ("noise.txt", Data([0, 1, 2, 0xFF, 0xFE, 0, 7, 0x80, 0x81, 0]))])
    func badInputGetsAClearError(_ name: String, _ bytes: Data) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bigan-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(name)
        try bytes.write(to: file)
        let result = try BiganProcess.run(["parse", file.path, "--json"])
        #expect(result.status != 0)
        #expect(result.stderr.hasPrefix("Error: \(file.path): "))
        #expect(result.stdout.isEmpty)
    }

    @Test func aMissingFileIsNamed() throws {
        let result = try BiganProcess.run(["parse", "/nonexistent/speech.txt"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("/nonexistent/speech.txt"))
    }
}
