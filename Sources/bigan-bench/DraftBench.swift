import BiganCompose
import BiganSQLite
import BiganText
import BiganThemes
import Foundation

/// Draft composition time in-process, over every bundled occasion.
struct DraftBench {
    var libraryPath: String
    var rounds = 3

    func samples() async throws -> [Double] {
        let library = try SQLiteStore.open(at: libraryPath, create: false)
        defer { try? library.closeNow() }
        return try await Self.samples(library, rounds: rounds)
    }

    /// Draft times on any library: every occasion, a warm-up round, then `rounds`.
    static func samples(_ library: any SnippetCatalog, rounds: Int) async throws -> [Double] {
        let resources = try ResourceLocator.locate()
        let annotator = try ThemeAnnotator.load()
        let composer = try DraftComposer.standard(
            catalog: library, resources: resources, configHome: nil, taxonomy: annotator.tagger.taxonomy)
        let occasions = try FileManager.default.contentsOfDirectory(atPath: resources.templates.path)
            .filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
        var samples: [Double] = []
        for round in 0...rounds {
            for (index, occasion) in occasions.enumerated() {
                let request = DraftRequest(
                    occasion: occasion, role: index % 2 == 0 ? "市长" : "局长", region: "天水市", year: 2024,
                    seed: UInt64(round + 1))
                let start = DispatchTime.now().uptimeNanoseconds
                let draft = try await composer.compose(request)
                let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                guard !draft.blocks.isEmpty else { throw BenchError("an empty draft for \(occasion)") }
                if round > 0 { samples.append(elapsed) }
            }
        }
        return samples
    }
}
