import CoreFoundation
import Foundation

/// Writes a corpus of unique paragraphs recombined from real sentences: many files of 5–60 KB in
/// three layouts (blank lines, indented first lines, one paragraph per line), one file in eight
/// in GB18030.
struct CorpusGenerator {
    let pool: SentencePool
    var seed: UInt64 = 2024

    static let titles = ["工作会议", "总结表彰大会", "专题部署会", "推进会", "动员大会", "务虚会", "座谈会", "常务会议"]
    static let topics = ["经济", "安全生产", "乡村振兴", "营商环境", "作风建设", "民生保障", "生态环境", "城市建设"]
    static let gb18030 = String.Encoding(rawValue: CFStringConvertEncodingToNSStringEncoding(CFStringEncoding(0x0632)))

    /// What a generation wrote.
    struct Summary {
        var files = 0
        var bytes = 0
        var paragraphs = 0
    }

    /// Writes about `megabytes` MiB of files into `folder`, which is created.
    func generate(megabytes: Double, into folder: URL) throws -> Summary {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var random = SplitMix(seed: seed)
        var seen = Set<Int>()
        var summary = Summary()
        let target = Int(megabytes * 1_048_576)
        while summary.bytes < target {
            let size = min(
                Int(5_000 * pow(12, Double.random(in: 0...1, using: &random))), target - summary.bytes + 4_000)
            let (text, paragraphs) = document(index: summary.files, bytes: size, seen: &seen, random: &random)
            let encoded = summary.files % 8 == 7 ? text.data(using: Self.gb18030)! : Data(text.utf8)
            let name = String(format: "%05d.txt", summary.files)
            let sub = folder.appendingPathComponent(String(format: "%03d", summary.files / 500))
            try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
            try encoded.write(to: sub.appendingPathComponent(name))
            summary.files += 1
            summary.bytes += encoded.count
            summary.paragraphs += paragraphs
        }
        return summary
    }

    /// One speech of about `bytes` UTF-8 bytes, in the layout picked by `index`.
    private func document(index: Int, bytes: Int, seen: inout Set<Int>, random: inout SplitMix) -> (String, Int) {
        let layout = index % 3
        let topic = Self.topics.randomElement(using: &random)!
        var lines = ["在全市\(topic)\(Self.titles.randomElement(using: &random)!)上的讲话", "", "同志们："]
        var size = 0, paragraphs = 0, section = 0
        while size < bytes {
            if paragraphs % 5 == 0, section < SentencePool.headingMarkers.count {
                let heading = SentencePool.headingMarkers[section] + pool.headings.randomElement(using: &random)!
                lines += layout == 0 ? ["", heading] : [heading]
                section += 1
            }
            let text = paragraph(seen: &seen, random: &random)
            switch layout {
            case 0: lines += ["", text]
            case 1: lines.append("　　" + text)
            default: lines.append(text)
            }
            size += text.utf8.count
            paragraphs += 1
        }
        return (lines.joined(separator: "\n") + "\n", paragraphs)
    }

    /// A paragraph of two to six sentences, some of them spliced from two, never seen before.
    private func paragraph(seen: inout Set<Int>, random: inout SplitMix) -> String {
        while true {
            var text = ""
            for _ in 0..<Int.random(in: 2...6, using: &random) {
                text += sentence(random: &random)
            }
            if seen.insert(text.hashValue).inserted { return text }
        }
    }

    private func sentence(random: inout SplitMix) -> String {
        let first = pool.sentences.randomElement(using: &random)!
        guard Bool.random(using: &random) else { return first }
        let second = pool.sentences.randomElement(using: &random)!
        guard let cut = first.firstIndex(of: "，"), let join = second.firstIndex(of: "，") else { return first }
        return String(first[..<cut]) + String(second[join...])
    }
}
