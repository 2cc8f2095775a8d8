import Foundation
import Testing

@testable import BiganOutline

/// The corpus's own scorer (score.py) over every labelled document, parsed as `bigan parse --json`
/// prints it. A ratchet: the test fails below the best figures reached so far, which only go up.
/// They went from F1 0.93, level 1.00, 19 leaks and 59/65 paragraph starts to the figures below.
@Suite struct DevCorpusScoreTests {
    struct Totals: Equatable {
        var f1: Double
        var level: Double
        var leaks: Int
        var speechesRight: Int
        var salutations: Int
        var paragraphStarts: Int
    }

    /// The best figures reached so far: raise them, never lower them.
    static let ratchet = Totals(f1: 1.00, level: 1.00, leaks: 0, speechesRight: 13, salutations: 9, paragraphStarts: 65)

    static let python = ["/usr/bin/python3", "/usr/local/bin/python3", "/bin/python3"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    @Test(.enabled(if: DevCorpus.shouldRun)) func scoreStaysAtItsBest() throws {
        try DevCorpus.require()
        let python = try #require(Self.python, "python3 is needed to run the corpus's scorer")
        let predictions = FileManager.default.temporaryDirectory.appendingPathComponent(
            "bigan-dev-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: predictions, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: predictions) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for stem in try DevCorpus.labelledStems() {
            try encoder.encode(try DevCorpus.parse(stem)).write(to: predictions.appendingPathComponent(stem + ".json"))
        }
        let output = try Self.run(
            python,
            [DevCorpus.folder.appendingPathComponent("score.py").path, DevCorpus.goldFolder.path, predictions.path])
        let totals = try #require(Self.totals(in: output), "no TOTAL line in the scorer's output:\n\(output)")
        let floor = Self.ratchet
        #expect(totals.f1 >= floor.f1, "macro F1 \(totals.f1) < \(floor.f1)")
        #expect(totals.level >= floor.level, "level accuracy \(totals.level) < \(floor.level)")
        #expect(totals.leaks <= floor.leaks, "\(totals.leaks) leaks")
        #expect(totals.speechesRight >= floor.speechesRight, "speech counts right in \(totals.speechesRight) files")
        #expect(totals.salutations >= floor.salutations, "\(totals.salutations) salutations found")
        #expect(totals.paragraphStarts >= floor.paragraphStarts, "\(totals.paragraphStarts) paragraph starts found")
    }

    static func run(_ executable: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = ["SCORE_VERBOSE": "0", "PYTHONIOENCODING": "utf-8"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// The totals of score.py's TOTAL line: `… F1=0.99 | … | level=1.00 over 259 matched |
    /// speeches_ok=13/13 | salutations=9/9 | leaks=0 | paragraph_starts=65/65`.
    static func totals(in output: String) -> Totals? {
        guard let line = output.split(separator: "\n").first(where: { $0.hasPrefix("TOTAL") }).map(String.init) else {
            return nil
        }
        func number(_ key: String) -> Double? {
            guard let range = line.range(of: key + "=") else { return nil }
            return Double(line[range.upperBound...].prefix { $0.isNumber || $0 == "." })
        }
        guard let f1 = number("F1"), let level = number("level"), let leaks = number("leaks"),
            let speeches = number("speeches_ok"), let salutations = number("salutations"),
            let starts = number("paragraph_starts")
        else { return nil }
        return Totals(
            f1: f1, level: level, leaks: Int(leaks), speechesRight: Int(speeches), salutations: Int(salutations),
            paragraphStarts: Int(starts))
    }
}
