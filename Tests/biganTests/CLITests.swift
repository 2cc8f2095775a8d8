import Foundation
import Testing

@Test func parseSeedRuns() throws {
    let result = try BiganProcess.run(["parse", BiganProcess.seedPath, "--json"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("\"speeches\""))
}
