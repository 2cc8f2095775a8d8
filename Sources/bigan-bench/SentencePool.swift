import BiganText
import Foundation

/// Sentences, clauses and headings cut from real documents (the bundled Snippets/ folder), the
/// material the corpus generator recombines into new paragraphs.
struct SentencePool {
    var sentences: [String] = []
    var headings: [String] = []

    static let enders: Set<Character> = ["。", "！", "？", "；"]
    static let headingMarkers = ["一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、", "九、", "十、"]

    /// The corpus recombines what BENCHMARKS.md names: the seed compilation (the files directly
    /// under Snippets/) and the State Council reports (under `public-domain`). Other material
    /// bundled later does not change the corpus of a seed, so runs of different versions compare.
    static let sourceFolders = ["", "public-domain"]

    /// Reads the .txt files of `sourceFolders` under `folder`.
    init(folder: URL) throws {
        let files = try Self.sourceFolders.flatMap { name in
            let directory = name.isEmpty ? folder : folder.appendingPathComponent(name)
            return try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
                .filter { $0.pathExtension == "txt" }
        }.sorted { $0.path < $1.path }
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for line in text.split(whereSeparator: \.isNewline) {
                add(line.trimmingCharacters(in: .whitespaces))
            }
        }
        guard sentences.count > 100, headings.count > 10 else {
            throw BenchError("too little text under \(folder.path) to build a corpus from")
        }
    }

    private mutating func add(_ line: String) {
        if let marker = Self.headingMarkers.first(where: line.hasPrefix), line.count < 40 {
            let heading = String(line.dropFirst(marker.count))
            if heading.count >= 4 { headings.append(heading) }
            return
        }
        guard line.count >= 20 else { return }
        var current = ""
        for character in line {
            current.append(character)
            if Self.enders.contains(character) {
                keep(current)
                current = ""
            }
        }
    }

    private mutating func keep(_ sentence: String) {
        let han = sentence.unicodeScalars.filter(Han.contains).count
        guard (8...160).contains(sentence.count), han * 10 >= sentence.count * 7 else { return }
        sentences.append(sentence)
    }
}
