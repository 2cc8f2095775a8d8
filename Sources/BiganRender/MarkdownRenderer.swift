import BiganCompose

/// Renders a draft as Markdown: `#` title, byline, salutation, `##`/`###` headings, paragraphs.
///
/// Markers (一、 （一） 一是) stay in the text as written and placeholders such as {姓名} stay
/// visible. With `includeSources`, every block taken from the library gets a footnote naming the
/// file and line it came from, listed at the end.
public struct MarkdownRenderer: Sendable {
    /// Whether to add a `[^n]` footnote with the source file and line to each library block.
    public var includeSources: Bool

    public init(includeSources: Bool = false) {
        self.includeSources = includeSources
    }

    /// The draft as Markdown, ending with one newline.
    public func render(_ draft: Draft) -> String {
        var chunks = ["# " + Self.oneLine(draft.title)]
        chunks += RenderText.lines(of: draft.byline ?? "").map(Self.escapeLineStart)
        var notes = FootnoteList()
        for block in draft.blocks {
            let reference = includeSources ? block.source.map { notes.reference(for: $0) } ?? "" : ""
            chunks += Self.chunks(for: block, reference: reference)
        }
        if !notes.definitions.isEmpty { chunks.append(notes.definitions.joined(separator: "\n")) }
        return chunks.joined(separator: "\n\n") + "\n"
    }

    /// One Markdown paragraph per line of the block; the footnote reference goes on the last.
    private static func chunks(for block: DraftBlock, reference: String) -> [String] {
        let lines = RenderText.lines(of: block.text)
        return lines.enumerated().map { index, line in
            let text = line + (index == lines.count - 1 ? reference : "")
            guard block.type == .heading else { return escapeLineStart(text) }
            switch block.level ?? 1 {
            case 1: return "## " + text
            case 2: return "### " + text
            default: return "**" + text + "**"
            }
        }
    }

    private static func oneLine(_ text: String) -> String {
        RenderText.lines(of: text).joined()
    }

    /// Line starts Markdown would read as a list, quote or heading.
    private static let blockMarkers = ["#", ">", "- ", "+ ", "* ", "=", "|"]

    /// Backslash-escapes a paragraph start that Markdown would otherwise read as markup.
    static func escapeLineStart(_ text: String) -> String {
        if blockMarkers.contains(where: text.hasPrefix) { return "\\" + text }
        let digits = text.prefix(while: { $0.isASCII && $0.isNumber })
        let rest = text.dropFirst(digits.count)
        if !digits.isEmpty, let mark = rest.first, mark == "." || mark == ")",
            rest.dropFirst().first?.isWhitespace ?? true
        {
            return digits + "\\" + rest
        }
        return text
    }
}

/// Numbered footnotes for block sources; a source used twice keeps its first number.
private struct FootnoteList {
    private var sources: [DraftSource] = []

    mutating func reference(for source: DraftSource) -> String {
        if let index = sources.firstIndex(of: source) { return "[^\(index + 1)]" }
        sources.append(source)
        return "[^\(sources.count)]"
    }

    var definitions: [String] {
        sources.enumerated().map { index, source in
            let speech = source.speech.map { "（\($0)）" } ?? ""
            return "[^\(index + 1)]: \(source.file) 第\(source.line)行\(speech)"
        }
    }
}
