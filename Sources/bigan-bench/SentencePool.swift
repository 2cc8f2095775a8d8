import BiganText
import Foundation

/// Sentences, clauses and headings cut from real documents (the bundled Snippets/ folder), the
/// material the corpus generator recombines into new paragraphs.
struct SentencePool {
    var sentences: [String] = []
    var headings: [String] = []

    static let enders: Set<Character> = ["。", "！", "？", "；"]
    static let headingMarkers = ["一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、", "九、", "十、"]

    /// The starter speeches are left out, so that the corpus of a seed stays what it was before
    /// they were bundled and benchmark runs of different versions compare.
    static let excludedFolder = "starter"

    /// Reads every .txt file under `folder` but the starter speeches.
    init(folder: URL) throws {
        let files =
            FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }
            .filter { $0.pathExtension == "txt" && !$0.pathComponents.contains(Self.excludedFolder) }
            .sorted { $0.path < $1.path } ?? []
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
