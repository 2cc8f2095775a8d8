import BiganCheck
import Foundation

/// 体检: `bigan check` of a speech against the library.
extension ServerDesk {
    /// The report and the speech's lines by number (the first is line 1).
    func check(_ input: CheckInput) async throws -> (CheckReport, [String]) {
        if let year = input.year, !(1949...2100).contains(year) {
            throw ServerError.badRequest("年份“\(year)”不对：须在 1949 到 2100 之间")
        }
        if let region = input.region { _ = try checker.region(region) }
        let speaker = try input.role.map { name -> Speaker in
            guard let role = try? templates.role(named: name) else {
                throw ServerError.badRequest("没有“\(name)”这个讲话人身份")
            }
            return Speaker(role: role)
        }
        let speech = try CheckedSpeechReader().read(input.file)
        let report = try await checker.check(
            speech, request: CheckRequest(region: input.region, year: input.year, speaker: speaker, org: input.org),
            library: library)
        var lines = [String](repeating: "", count: speech.rawLines.map(\.number).max() ?? 0)
        for line in speech.rawLines where line.number >= 1 { lines[line.number - 1] = line.text }
        return (report, lines)
    }
}
