import Foundation

/// The speeches a check is timed on, 10,000 characters each, made from the benchmark's sentences:
/// `adapted` is cut from a corpus file (a speech adapted from a 范文 in the library: nearly all of
/// it is found there); `original` puts the clauses of the pool's sentences in a new order (the
/// words of the library, hardly a run of 15 characters found: every probe is asked, few answer).
enum CheckSpeeches {
    static let length = 10_000

    /// The speeches' names and texts.
    static func make(pool: SentencePool, corpus: URL?) throws -> [(name: String, text: String)] {
        var speeches: [(name: String, text: String)] = []
        if let corpus, let file = firstFile(in: corpus) {
            let text = try String(contentsOf: file, encoding: .utf8)
            speeches.append(("adapted", String(text.prefix(length))))
        }
        speeches.append(("original", original(pool: pool)))
        return speeches
    }

    /// The pool's clauses in an order of their own (seeded), as paragraphs of five to eight clauses.
    static func original(pool: SentencePool) -> String {
        var random = SplitMix(seed: 2026)
        let clauses = pool.sentences.flatMap { sentence in
            sentence.split(whereSeparator: { "，；。！？、".contains($0) }).map(String.init)
        }.filter { $0.count >= 4 }
        var text = "在全市经济工作会议上的讲话\n同志们：\n"
        while text.count < length {
            let count = Int.random(in: 5...8, using: &random)
            let paragraph = (0..<count).map { _ in clauses.randomElement(using: &random)! }
            text += "　　" + paragraph.joined(separator: "，") + "。\n"
        }
        return String(text.prefix(length))
    }

    /// The first UTF-8 corpus file of at least `length` characters.
    static func firstFile(in corpus: URL) -> URL? {
        let files =
            FileManager.default.enumerator(at: corpus, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "txt" }
            .sorted { $0.path < $1.path } ?? []
        return files.first { file in
            (try? String(contentsOf: file, encoding: .utf8)).map { $0.count >= length } ?? false
        }
    }
}
