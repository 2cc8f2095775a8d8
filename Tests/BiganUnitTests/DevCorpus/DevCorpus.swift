import Foundation
import Testing

@testable import BiganOutline

/// The labelled development corpus where it lies, beside the package (`../shared/corpus/dev`): its
/// raw documents, their gold labels and its scorer. It is never copied into the repository. Tests
/// that read it are skipped where it is missing, except under CI (CI=true), where they fail.
enum DevCorpus {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let folder = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus/dev")
    static let rawFolder = folder.appendingPathComponent("raw")
    static let goldFolder = folder.appendingPathComponent("gold")
    static let isCI = ProcessInfo.processInfo.environment["CI"] == "true"
    static let isPresent = FileManager.default.fileExists(atPath: rawFolder.path)

    /// Whether the tests that read the corpus run: where it is, and always under CI (to fail there).
    static let shouldRun = isPresent || isCI

    /// Fails the test when the corpus is missing (which only happens here under CI).
    static func require() throws {
        try #require(isPresent, "the development corpus is missing at \(folder.path)")
    }

    /// The stems of the raw documents (`d01_prov2026_jiangxi` …), sorted.
    static func stems() throws -> [String] {
        try require()
        let names = try FileManager.default.contentsOfDirectory(atPath: rawFolder.path)
        return names.filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
    }

    /// The stem of the raw document whose name starts with `prefix` (d02 → d02_prov2026_qinghai).
    static func stem(_ prefix: String) throws -> String {
        try #require(try stems().first { $0.hasPrefix(prefix + "_") }, "no document \(prefix) in the corpus")
    }

    /// The parse of one raw document, as `bigan parse` gives it.
    static func parse(_ stem: String) throws -> ParsedDocument {
        try require()
        return try SpeechReader().read(path: rawFolder.appendingPathComponent(stem + ".txt").path)
    }

    static func gold(_ stem: String) throws -> GoldLabels {
        try require()
        let data = try Data(contentsOf: goldFolder.appendingPathComponent(stem + ".json"))
        return try JSONDecoder().decode(GoldLabels.self, from: data)
    }

    /// The stems that carry gold labels.
    static func labelledStems() throws -> [String] {
        try require()
        let names = try FileManager.default.contentsOfDirectory(atPath: goldFolder.path)
        return names.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
    }
}
