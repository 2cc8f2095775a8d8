import BiganIntake

/// Takes the Markdown of a Bigan draft (or any simple Markdown) down to its text: `#` heading
/// marks, `**` around a heading, backslash escapes at a line's start, footnote references and
/// footnote definitions (`[^1]: 文件 第12行`) go; line numbers stay.
enum MarkdownLines {
    static func text(of lines: [SourceLine]) -> [SourceLine] {
        lines.map { line in
            SourceLine(number: line.number, text: text(of: line.text))
        }
    }

    static func text(of line: String) -> String {
        var text = Substring(line)
        if text.hasPrefix("[^"), let close = text.firstIndex(of: "]"), text[close...].hasPrefix("]:") { return "" }
        if text.hasPrefix("#") {
            text = text.drop { $0 == "#" }.drop { $0 == " " }
        }
        if text.hasPrefix("**"), text.hasSuffix("**"), text.count > 4 {
            text = text.dropFirst(2).dropLast(2)
        }
        if text.hasPrefix("\\") { text = text.dropFirst() }
        var out = ""
        var rest = text
        while let open = rest.firstRange(of: "[^") {
            out += rest[..<open.lowerBound]
            let after = rest[open.upperBound...]
            guard let close = after.firstIndex(of: "]"), after[..<close].allSatisfy(\.isNumber) else {
                out += "[^"
                rest = after
                continue
            }
            rest = after[after.index(after: close)...]
        }
        out += rest
        return out.replacingOccurrences(of: "\\.", with: ".").replacingOccurrences(of: "\\)", with: ")")
    }

    /// Whether a path names a Markdown file.
    static func isMarkdown(_ path: String) -> Bool {
        let lower = path.lowercased()
        return lower.hasSuffix(".md") || lower.hasSuffix(".markdown")
    }
}
