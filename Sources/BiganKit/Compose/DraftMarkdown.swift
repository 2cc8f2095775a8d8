/// Plain Markdown for a draft: the title, byline, salutation, headings (## 一、 ### （一）) and paragraphs.
public enum DraftMarkdown {
    public static func render(_ draft: Draft) -> String {
        var lines = ["# \(draft.title)", ""]
        if let byline = draft.byline { lines += [byline, ""] }
        for block in draft.blocks {
            switch block.type {
            case .salutation, .paragraph: lines.append(block.text)
            case .heading:
                lines.append(String(repeating: "#", count: min(6, (block.level ?? 1) + 1)) + " " + block.text)
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    /// A list of where each library paragraph came from, to append after the draft.
    public static func sources(_ draft: Draft) -> String {
        let entries = draft.sourceList()
        guard !entries.isEmpty else { return "" }
        return (["---", "", "来源：", ""] + entries.map { "- \($0)" }).joined(separator: "\n") + "\n"
    }
}

extension Draft {
    /// One line per library block: the start of its text, then file, line and source speech.
    public func sourceList() -> [String] {
        blocks.compactMap { block in
            guard let source = block.source, let id = block.snippetId else { return nil }
            let start = block.text.prefix(18) + (block.text.count > 18 ? "…" : "")
            let speech = source.speech.map { "，\($0)" } ?? ""
            return "「\(start)」 片段 \(id)：\(source.file) 第\(source.line)行\(speech)"
        }
    }
}
