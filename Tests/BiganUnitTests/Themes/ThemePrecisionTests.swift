import Foundation
import Testing

@testable import BiganThemes

/// Tags every paragraph of the bundled corpus, as an import would, and checks the main themes find enough.
@Suite struct ThemePrecisionTests {
    struct Hit {
        var score: Double
        var text: String
        var cues: [String]
        var place: String
    }

    static let mainThemes = ["督查落实", "政务公开", "作风建设", "服务意识", "安全生产", "党风廉政"]

    func hitsByTheme() throws -> [String: [Hit]] {
        let tagger = ThemeTagger(taxonomy: try ThemeTaxonomy.load(environment: [:]))
        var hits: [String: [Hit]] = [:]
        for document in try ThemeCorpus.bundled() {
            for speech in document.speeches {
                for (block, path) in ThemeCorpus.paragraphsWithPaths(speech) {
                    for tag in tagger.tag(text: block.text, headingPath: path) {
                        hits[tag.theme, default: []].append(
                            Hit(
                                score: tag.score, text: block.text, cues: tag.cues,
                                place: "\(document.file):\(block.line)"))
                    }
                }
                for set in ParallelSetFinder().sets(in: speech) {
                    for tag in tagger.tag(set) {
                        hits[tag.theme, default: []].append(
                            Hit(
                                score: tag.score, text: "[set] " + set.text, cues: tag.cues,
                                place: "\(document.file):\(set.line)"))
                    }
                }
            }
        }
        return hits.mapValues { $0.sorted { $0.score > $1.score } }
    }

    @Test func mainThemesEachTagFiveParagraphs() throws {
        let hits = try hitsByTheme()
        for theme in Self.mainThemes {
            #expect((hits[theme]?.count ?? 0) >= 5, "\(theme) tags only \(hits[theme]?.count ?? 0) paragraphs")
        }
        #expect(hits.keys.count >= 25)
        if let report = ProcessInfo.processInfo.environment["BIGAN_THEME_REPORT"] {
            try write(hits, to: report)
        }
    }

    func write(_ hits: [String: [Hit]], to path: String) throws {
        let taxonomy = try ThemeTaxonomy.load(environment: [:])
        var out = ""
        for theme in taxonomy.themes {
            let list = hits[theme.name] ?? []
            out += "\n## \(theme.name) (\(list.count))\n"
            for hit in list.prefix(10) {
                let text = hit.text.count > 110 ? String(hit.text.prefix(110)) + "…" : hit.text
                out +=
                    String(format: "%.2f", hit.score)
                    + " [\(hit.cues.prefix(5).joined(separator: ","))] \(hit.place) \(text.replacingOccurrences(of: "\n", with: "/"))\n"
            }
        }
        out += "\n## sets\n"
        for document in try ThemeCorpus.bundled() {
            for speech in document.speeches {
                for set in ParallelSetFinder().sets(in: speech) {
                    out +=
                        "\(document.file):\(set.line) \(set.shape) \(set.label) | \(set.items.joined(separator: " | "))\n"
                }
            }
        }
        try out.write(toFile: path, atomically: true, encoding: .utf8)
    }
}
