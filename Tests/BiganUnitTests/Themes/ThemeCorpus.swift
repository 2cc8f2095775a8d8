import Foundation

@testable import BiganOutline
@testable import BiganText

/// A rough outline of the bundled corpus for theme tests, independent of the real outline parser:
/// paragraphs split by blank lines (reports) or indentation (the seed), headings found by their markers.
struct ThemeCorpus {
    struct Document {
        var file: String
        var speeches: [Speech]
    }

    static let markerPatterns: [(kind: String, pattern: String)] = [
        ("一、", "^[一二三四五六七八九十]+、"),
        ("（一）", "^[（(][一二三四五六七八九十]+[）)]"),
        ("第一，", "^第[一二三四五六七八九十]+[、，,]"),
        ("一是", "^[一二三四五六七八九十]+[是要]"),
    ]

    /// Every `.txt` under the bundled `Snippets/` folder, outlined.
    static func bundled() throws -> [Document] {
        let folder = try ResourceLocator.locate().snippets
        let files =
            FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "txt" }
            .sorted { $0.path < $1.path } ?? []
        return try files.map {
            Document(file: $0.lastPathComponent, speeches: outline(try String(contentsOf: $0, encoding: .utf8)))
        }
    }

    static func outline(_ raw: String) -> [Speech] {
        var speeches: [Speech] = []
        var blocks: [Block] = []
        var kinds: [String] = []
        for (text, line) in paragraphs(raw) {
            if text.range(of: "讲话材料篇[0-9]+$", options: .regularExpression) != nil {
                if !blocks.isEmpty { speeches.append(Speech(title: nil, blocks: blocks)) }
                blocks = []
                kinds = []
                continue
            }
            guard
                let kind = markerPatterns.first(where: {
                    text.range(of: $0.pattern, options: .regularExpression) != nil
                })?.kind
            else {
                blocks.append(Block(type: .paragraph, text: text, part: .body, line: line))
                continue
            }
            if !kinds.contains(kind) { kinds.append(kind) }
            let (heading, rest) = splitFirstSentence(text)
            blocks.append(
                Block(
                    type: .heading, level: kinds.firstIndex(of: kind)! + 1, marker: kind, text: heading, part: .body,
                    line: line))
            if !rest.isEmpty { blocks.append(Block(type: .paragraph, text: rest, part: .body, line: line)) }
        }
        if !blocks.isEmpty { speeches.append(Speech(title: nil, blocks: blocks)) }
        return speeches
    }

    static func splitFirstSentence(_ text: String) -> (String, String) {
        guard let stop = text.firstIndex(where: { "。！？".contains($0) }) else { return (text, "") }
        let end = text.index(after: stop)
        return (String(text[..<end]), String(text[end...]))
    }

    /// Set BIGAN_THEME_LINES=1 to take every line of the seed as its own paragraph.
    static let linePerParagraph = ProcessInfo.processInfo.environment["BIGAN_THEME_LINES"] != nil

    /// Paragraph texts with their first line; the seed's unindented lines continue the paragraph before.
    static func paragraphs(_ raw: String) -> [(String, Int)] {
        let lines = restoreQuotes(raw).components(separatedBy: "\n")
        let indentedStyle = lines.filter { $0.hasPrefix("  ") }.count > 20
        var result: [(String, Int)] = []
        var current = ""
        var start = 0
        var started = !indentedStyle
        func flush() {
            let text = current.trimmingCharacters(in: CharacterSet(charactersIn: " 　\u{200B}\t"))
            if !text.isEmpty { result.append((text, start)) }
            current = ""
        }
        for (index, line) in lines.enumerated() {
            if line.contains("本作品是") || line.contains("展开阅读全文") { break }
            if indentedStyle && !started { started = line.range(of: "篇1$", options: .regularExpression) != nil }
            guard started else { continue }
            let bare = line.trimmingCharacters(in: CharacterSet(charactersIn: " 　\u{200B}\t\r"))
            let newParagraph =
                indentedStyle
                ? (line.hasPrefix(" ") || line.hasPrefix("　") || isMarked(bare) || linePerParagraph) : bare.isEmpty
            if newParagraph { flush() }
            if current.isEmpty { start = index + 1 }
            current += bare
        }
        flush()
        return result
    }

    static func isMarked(_ text: String) -> Bool {
        markerPatterns.contains { text.range(of: $0.pattern, options: .regularExpression) != nil }
            || text.range(of: "^[^，,。]{2,12}[:：]$", options: .regularExpression) != nil
    }

    static func restoreQuotes(_ text: String) -> String {
        var result = ""
        var open = true
        var rest = Substring(text)
        while let range = rest.range(of: "&;") {
            result += rest[..<range.lowerBound]
            result += open ? "“" : "”"
            open.toggle()
            rest = rest[range.upperBound...]
        }
        return result + rest
    }

    /// Each paragraph of a speech with the texts of the headings above it, outermost first.
    static func paragraphsWithPaths(_ speech: Speech) -> [(block: Block, path: [String])] {
        var path: [Block] = []
        var result: [(Block, [String])] = []
        for block in speech.blocks {
            if block.type == .heading {
                path.removeAll { ($0.level ?? 1) >= (block.level ?? 1) }
                path.append(block)
            } else {
                result.append((block, path.map(\.text)))
            }
        }
        return result
    }
}
