import BiganIntake
import BiganLibrary
import BiganOutline
import Foundation

/// Reads a speech file (.txt in any common encoding, .md, .docx) into the paragraphs a check reads:
/// the lines before the speech, its salutation, headings and paragraphs, each with its lines.
public struct CheckedSpeechReader: Sendable {
    public init() {}

    /// The speech at `path`; throws a `BiganError` naming the file when it cannot be read.
    public func read(path: String) throws -> CheckedSpeech {
        try read(SourceFile.read(path: path))
    }

    /// A speech already read.
    public func read(_ file: SourceFile) throws -> CheckedSpeech {
        var document = try SourceReader().read(file)
        if MarkdownLines.isMarkdown(file.path) { document.lines = MarkdownLines.text(of: document.lines) }
        let cleaner = PageCleaner()
        let cleaned = cleaner.clean(document.lines)
        let speeches = OutlineParser().parse(cleaned).speeches
        let absolute = URL(fileURLWithPath: file.path).standardizedFileURL.resolvingSymlinksInPath().path
        return CheckedSpeech(
            file: file.path, fingerprint: FileFingerprint(path: absolute, data: file.data),
            paragraphs: paragraphs(of: speeches, lines: cleaned), rawLines: document.lines,
            boilerplate: cleaner.boilerplate(in: document.lines))
    }

    /// The blocks of every speech in order, with the lines each spans; a cleaned line no block holds
    /// (a title, a byline, a date) becomes a paragraph of its own, before the block that follows it.
    func paragraphs(of speeches: [Speech], lines: [SourceLine]) -> [CheckedParagraph] {
        let blocks = speeches.enumerated().flatMap { index, speech in speech.blocks.map { (index, $0) } }
        var held = Set<Int>()
        var spans: [[CheckedParagraph.LineStart]] = []
        var cursor = 0
        for (position, (_, block)) in blocks.enumerated() {
            let end = position + 1 < blocks.count ? blocks[position + 1].1.line : Int.max
            while cursor < lines.count, lines[cursor].number < block.line { cursor += 1 }
            var starts: [CheckedParagraph.LineStart] = []
            var offset = 0
            var index = cursor
            while index < lines.count, lines[index].number < max(end, block.line + 1) {
                let text = Self.trimmed(lines[index].text)
                if !text.isEmpty, starts.isEmpty || block.text.contains(text.prefix(8)) {
                    if let found = block.text.range(of: text.prefix(8)) {
                        offset = block.text.distance(from: block.text.startIndex, to: found.lowerBound)
                    }
                    starts.append(.init(offset: starts.isEmpty ? 0 : offset, line: lines[index].number))
                    held.insert(lines[index].number)
                } else if !text.isEmpty {
                    break
                }
                index += 1
            }
            spans.append(starts.isEmpty ? [.init(offset: 0, line: block.line)] : starts)
        }
        // Lines no block holds (a title, a byline, text the outline left out) are paragraphs of their
        // own, in line order: whatever the file says is checked.
        var paragraphs: [CheckedParagraph] = []
        var lineIndex = 0
        func addLines(before number: Int, speech: Int) {
            while lineIndex < lines.count, lines[lineIndex].number < number {
                let line = lines[lineIndex]
                let text = Self.trimmed(line.text)
                if !text.isEmpty, !held.contains(line.number) {
                    paragraphs.append(
                        CheckedParagraph(
                            role: paragraphs.isEmpty || paragraphs.last?.role == .front ? .front : .paragraph,
                            text: text, speech: speech, lineStarts: [.init(offset: 0, line: line.number)]))
                }
                lineIndex += 1
            }
        }
        for (position, (speech, block)) in blocks.enumerated() {
            addLines(before: block.line, speech: speech)
            paragraphs.append(
                CheckedParagraph(
                    role: Self.role(of: block), text: block.text, speech: speech, lineStarts: spans[position],
                    level: block.level, marker: block.marker.flatMap { _ in MarkerTable.marker(at: block.text[...]) }))
        }
        addLines(before: Int.max, speech: max(0, speeches.count - 1))
        return paragraphs
    }

    static func role(of block: Block) -> CheckedParagraph.Role {
        switch block.type {
        case .salutation: .salutation
        case .heading: .heading
        case .paragraph: .paragraph
        }
    }

    static func trimmed(_ text: String) -> String {
        String(text.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
