import BiganLibrary
import BiganText
import Foundation

/// Human output for snippets: wrapped at display width, matches highlighted with terminal
/// escapes (on a terminal) or 【】, paths shown relative to the working folder.
public struct SnippetFormatter: Sendable {
    public var width: Int
    public var ansi: Bool
    public var workingFolder: String

    /// `width` is the terminal's; the last column stays empty, as some terminals wrap on it.
    public init(width: Int, ansi: Bool, workingFolder: String = FileManager.default.currentDirectoryPath) {
        self.width = max(width - 1, 20)
        self.ansi = ansi
        self.workingFolder = workingFolder
    }

    static let bold = "\u{1B}[1m", highlight = "\u{1B}[1;31m", dim = "\u{1B}[2m", reset = "\u{1B}[0m"

    /// One search or theme hit: id, kind, heading path, source, and the wrapped excerpt.
    public func format(_ hit: SnippetHit, searchTerms: [String] = []) -> String {
        var lines = [styled("#\(hit.id)", Self.bold) + "  " + kindLabel(hit.kind, label: hit.label)]
        if !hit.headingPath.isEmpty {
            lines += TextWrapper(width: width - 4).wrap(hit.headingPath.joined(separator: " › ")).map { "    " + $0 }
        }
        if let source = hit.source {
            let more = hit.sourceCount > 1 ? "（另有 \(hit.sourceCount - 1) 处）" : ""
            lines += TextWrapper(width: width - 4).wrap(origin(source) + more).map { styled("    " + $0, Self.dim) }
        }
        if !hit.themes.isEmpty {
            let cues = hit.cues ?? []
            let why = cues.isEmpty ? "" : "（因：" + cues.prefix(6).joined(separator: "、") + "）"
            let line = "主题：" + hit.themes.prefix(4).joined(separator: " ") + why
            lines += TextWrapper(width: width - 4).wrap(line).map { styled("    " + $0, Self.dim) }
        }
        if let items = hit.items, !items.isEmpty {
            let wrapper = TextWrapper(width: width - 6)
            lines += items.flatMap { item in wrapper.wrap(item).map { "      " + $0 } }
            return lines.joined(separator: "\n")
        }
        let searchable = searchTerms.map { SearchAnalyzer.searchableForm($0) }
        let text = Self.trimmed(hit.text)
        let excerpt = Excerpt(of: text, matches: TextMatcher(text).ranges(of: searchable), maxLength: 160)
        lines += wrapped(excerpt, indent: "    ")
        return lines.joined(separator: "\n")
    }

    /// Everything about one snippet, for `bigan show`.
    public func format(_ detail: SnippetDetail) -> String {
        var lines = [
            styled("#\(detail.id)", Self.bold) + "  " + kindLabel(detail.kind, label: detail.label)
                + "  \(detail.characterCount) 字"
        ]
        let wrapper = TextWrapper(width: width)
        if !detail.headingPath.isEmpty { lines += wrapper.wrap("标题：" + detail.headingPath.joined(separator: " › ")) }
        if !detail.themes.isEmpty {
            let themes = detail.themes.map { "\($0.theme) (" + String(format: "%.2f", $0.score) + ")" }
            lines += wrapper.wrap("主题：" + themes.joined(separator: "、"))
        }
        if let scope = detail.scope, let function = detail.function {
            var line = "范围：\(scope.displayName)；功能：\(function.displayName)"
            if let facts = detail.facts, !facts.isEmpty {
                line += "；原文事实：" + facts.map { "\($0.kind.displayName)“\($0.text)”" }.joined(separator: "、")
            }
            lines += wrapper.wrap(line)
        }
        lines.append("")
        if let items = detail.items, !items.isEmpty {
            // A set's text is its label and items: each shown once.
            lines += TextWrapper(width: width).wrap((detail.label ?? "") + "：", indent: "  ")
            lines += items.flatMap { TextWrapper(width: width).wrap($0, indent: "    · ") }
        } else {
            lines += TextWrapper(width: width).wrap(Self.trimmed(detail.text), indent: "  ")
        }
        lines.append("")
        lines.append("来源（\(detail.sources.count) 处）：")
        lines += detail.sources.map { "  " + origin(SnippetOrigin(file: $0.file, speech: $0.speech, line: $0.line)) }
        for (label, neighbour) in [("上一段", detail.before), ("下一段", detail.after)] {
            guard let neighbour else { continue }
            lines.append("")
            lines.append(styled("\(label) #\(neighbour.id)（第 \(neighbour.line) 行）：", Self.dim))
            lines += TextWrapper(width: width).wrap(Self.trimmed(neighbour.text), indent: "  ")
        }
        return lines.joined(separator: "\n")
    }

    /// A path as the user would type it: relative when under the working folder, its control
    /// characters escaped (a name may carry a terminal's escape sequence).
    public func displayPath(_ path: String) -> String {
        let prefix = workingFolder.hasSuffix("/") ? workingFolder : workingFolder + "/"
        return VisibleText.escaped(path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path)
    }

    func origin(_ source: SnippetOrigin) -> String {
        "\(displayPath(source.file)):\(source.line)" + (source.speech.map { "  \($0)" } ?? "")
    }

    func kindLabel(_ kind: SnippetKind, label: String?) -> String {
        kind == .set ? "\(kind.displayName)「\(label ?? "")」" : kind.displayName
    }

    /// The text without the indentation copied from its source.
    static func trimmed(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func styled(_ text: String, _ style: String) -> String {
        ansi ? style + text + Self.reset : text
    }

    /// The excerpt wrapped, matches marked: escapes take no columns, so they go in after wrapping;
    /// 【】 take columns, so they go in before.
    func wrapped(_ excerpt: Excerpt, indent: String) -> [String] {
        let wrapper = TextWrapper(width: width - DisplayWidth.columns(of: indent))
        guard ansi else {
            return wrapper.wrap(excerpt.marked()).map { indent + $0 }
        }
        let characters = Array(excerpt.text)
        return wrapper.lineRanges(characters).map { line in
            let local = excerpt.highlights.compactMap { range -> Range<Int>? in
                let lower = max(range.lowerBound, line.lowerBound), upper = min(range.upperBound, line.upperBound)
                return lower < upper ? (lower - line.lowerBound)..<(upper - line.lowerBound) : nil
            }
            return indent
                + Excerpt(text: String(characters[line]), highlights: local)
                .marked(open: Self.highlight, close: Self.reset)
        }
    }
}
