import Foundation
import Testing

@testable import BiganCheck
@testable import BiganLibrary

/// A speech a writer adapted by hand to 天水市 2026 from the bundled 2019 government work report,
/// with three leftovers kept: every leftover is found, nothing clean is flagged, and the copied
/// share is the hand count's (261 of 588 Han characters in runs of 15 or more found in the report).
@Suite struct AdaptedReportTests {
    static let library = Task {
        try await CheckFixtures.makeLibrary([
            CheckFixtures.resources.snippets.appendingPathComponent("public-domain/gwr_state_2019.txt").path
        ])
    }

    @Test(arguments: CheckFixtures.Format.allCases)
    func everyLeftoverIsFoundAndNothingElse(format: CheckFixtures.Format) async throws {
        let report = try await CheckFixtures.check(
            CheckFixtures.text("adapted-2019.txt"), as: format, library: try await Self.library.value)
        let found = report.findings.filter { $0.kind != .copied }.map { "\($0.line) \($0.kind.rawValue) \($0.text)" }
        #expect(found == ["5 year 2019年", "11 figure 18件", "11 person 吴市长"])
        #expect(report.exitStatus(final: true) == 1)
        #expect(abs(report.copiedShare - 261.0 / 588.0) < 0.02, "\(report.copiedShare)")
    }
}
