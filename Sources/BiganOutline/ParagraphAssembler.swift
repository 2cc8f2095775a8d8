import BiganIntake
import BiganText

/// Rebuilds paragraphs from source lines, whatever the layout: indented paragraph starts with
/// unindented continuation lines, blank-line separated paragraphs, or one paragraph per line.
struct ParagraphAssembler: Sendable {
    enum Layout: Equatable, Sendable {
        /// An indented line starts a paragraph; unindented lines continue it.
        case indented(blankLinesBreak: Bool)
        /// Paragraphs are runs of lines between blank lines.
        case blankSeparated
        /// Every line is a paragraph, except hard-wrapped lines that continue the one before.
        case linePerParagraph
    }

    func assemble(_ lines: [SourceLine], diagnostics: inout [Diagnostic]) -> [RawParagraph] {
        let lines = LongLineSplitter().split(lines, diagnostics: &diagnostics)
        let layout = detectLayout(lines)
        switch layout {
        case .indented(let blankLinesBreak):
            return assembleIndented(lines, blankLinesBreak: blankLinesBreak)
        case .blankSeparated, .linePerParagraph:
            return assembleRuns(lines, layout: layout)
        }
    }

    func detectLayout(_ lines: [SourceLine]) -> Layout {
        var nonBlank = 0
        var indented = 0
        var plainUnindented = 0
        var followedByBlank = 0
        var blank = 0
        for (index, line) in lines.enumerated() {
            let trimmed = line.text.drop { TextShape.indentCharacters.contains($0) }
            if trimmed.isEmpty {
                blank += 1
                continue
            }
            nonBlank += 1
            if index + 1 < lines.count, lines[index + 1].text.allSatisfy({ TextShape.indentCharacters.contains($0) }) {
                followedByBlank += 1
            }
            if trimmed.startIndex != line.text.startIndex {
                indented += 1
            } else if MarkerTable.marker(at: trimmed) == nil, TextShape.endsSentence(trimmed) || !trimmed.hasAtMost(40)
            {
                plainUnindented += 1
            }
        }
        guard nonBlank > 0 else { return .linePerParagraph }
        let total = Double(nonBlank)
        if Double(indented) >= 0.05 * total, Double(plainUnindented) >= 0.25 * total {
            return .indented(blankLinesBreak: Double(followedByBlank) < 0.8 * total)
        }
        return Double(blank) >= 0.3 * total ? .blankSeparated : .linePerParagraph
    }

    func assembleIndented(_ lines: [SourceLine], blankLinesBreak: Bool) -> [RawParagraph] {
        var paragraphs: [RawParagraph] = []
        var current: RawParagraph?
        for line in lines {
            let trimmed = line.text.drop { TextShape.indentCharacters.contains($0) }
            if trimmed.isEmpty {
                if blankLinesBreak, let done = current {
                    paragraphs.append(done)
                    current = nil
                }
                continue
            }
            let text = String(trimmed)
            let isIndented = trimmed.startIndex != line.text.startIndex
            if var open = current, !isIndented, continues(open, with: trimmed) {
                open.append(text, line: line.number)
                current = open
            } else {
                if let done = current { paragraphs.append(done) }
                current = RawParagraph(text: text, line: line.number)
            }
        }
        if let done = current { paragraphs.append(done) }
        return paragraphs
    }

    /// Whether an unindented line continues the open paragraph: not when it opens with a strong
    /// marker, and not after a standalone heading or title line.
    func continues(_ open: RawParagraph, with line: Substring) -> Bool {
        if let marker = MarkerTable.marker(at: line), marker.kind.isStrong { return false }
        return !(open.lineStarts.count == 1 && isHeadingLine(open.text))
    }

    /// A short line with no sentence end, standing alone: a heading or a title, never continued.
    func isHeadingLine(_ text: String) -> Bool {
        !TextShape.endsSentence(text) && text.hasAtMost(60)
            && (MarkerTable.marker(at: text[...]) != nil || !TextShape.hasPunctuation(text[...]))
    }

    func assembleRuns(_ lines: [SourceLine], layout: Layout) -> [RawParagraph] {
        let wrapWidth = layout == .linePerParagraph ? typicalLongLength(lines) : nil
        var paragraphs: [RawParagraph] = []
        var current: RawParagraph?
        var previousText = ""
        for line in lines {
            let trimmed = line.text.drop { TextShape.indentCharacters.contains($0) }
            if trimmed.isEmpty {
                if let done = current { paragraphs.append(done) }
                current = nil
                continue
            }
            let text = String(trimmed)
            if var open = current, joins(previous: previousText, next: trimmed, wrapWidth: wrapWidth, layout: layout) {
                open.append(text, line: line.number)
                current = open
            } else {
                if let done = current { paragraphs.append(done) }
                current = RawParagraph(text: text, line: line.number)
            }
            previousText = text
        }
        if let done = current { paragraphs.append(done) }
        return paragraphs
    }

    /// Whether `next` continues the line before it: in a blank-separated text the whole run of
    /// lines between blank lines, elsewhere only a hard-wrapped line; never a new marker.
    func joins(previous: String, next: Substring, wrapWidth: Int?, layout: Layout) -> Bool {
        if let marker = MarkerTable.marker(at: next), marker.kind.isStrong { return false }
        if PartCues.isSalutation(previous) || PartCues.isSalutation(String(next)) { return false }
        if isHeadingLine(previous) { return false }
        if layout == .blankSeparated { return true }
        guard let wrapWidth, !TextShape.endsSentence(previous) else { return false }
        return previous.characterCount >= wrapWidth
    }

    /// The length most long lines share: a hard-wrapped text breaks its lines near this width.
    func typicalLongLength(_ lines: [SourceLine]) -> Int? {
        let lengths = lines.map { $0.text.characterCount }.filter { $0 >= 20 }.sorted()
        guard lengths.count >= 5 else { return nil }
        let high = lengths[lengths.count * 9 / 10]
        let nearHigh = lengths.filter { Double($0) >= 0.9 * Double(high) }.count
        // Only a text whose long lines mostly share one width is hard-wrapped.
        guard Double(nearHigh) >= 0.5 * Double(lengths.count) else { return nil }
        return Int(0.9 * Double(high))
    }
}
