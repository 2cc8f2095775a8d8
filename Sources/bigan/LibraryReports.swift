import BiganImport
import BiganLibrary
import BiganText
import Foundation

extension ImportSummary {
    /// The human summary printed after an import.
    public func report(paths formatter: SnippetFormatter) -> String {
        var lines: [String] = []
        if cancelled { lines.append("已中断：当前文件完成后停止，其余文件未导入。") }
        lines.append(
            "文件 \(files) 个：导入 \(imported)，未变 \(unchanged)，失败 \(failed.count)"
                + (skipped.isEmpty ? "" : "，跳过 \(skipped.count)"))
        lines.append("讲话 \(speeches) 篇，新片段 \(snippets) 条，重复段落 \(duplicates) 条（只存一次，来源都保留）")
        if let library { lines.append("片段库：\(library)") }
        if !failed.isEmpty {
            lines.append("失败的文件（片段库未受影响）：")
            lines += failed.map { "  \(formatter.displayPath($0.file)): \($0.error)" }
        }
        return lines.joined(separator: "\n")
    }
}

extension LibraryStats {
    /// The human report of `bigan stats`.
    public var report: String {
        let kindNames: [(String, String)] = [
            ("paragraph", "正文段落"), ("opening", "开头"), ("transition", "过渡"), ("closing", "结尾"), ("set", "排比标题组"),
        ]
        var lines = [
            "片段库：\(path ?? "（内存）")",
            "文件 \(files) 个，讲话 \(speeches) 篇，标题 \(headings) 个",
            "片段 \(snippets) 条：" + kindNames.map { "\($0.1) \(kinds[$0.0] ?? 0)" }.joined(separator: "，"),
            "出处 \(sources) 处，其中重复 \(duplicates) 处（转载的同一段落只存一次）",
            "主题 \(themes) 个，已标注片段 \(taggedSnippets) 条",
            String(format: "大小 %.1f MB，架构版本 %d", Double(size) / 1_048_576, schemaVersion),
        ]
        if themes == 0 { lines[4] += "（尚未标注主题）" }
        if !folders.isEmpty {
            lines.append("来源：")
            lines += folders.map { "  \(VisibleText.escaped($0.folder))：文件 \($0.files) 个，段落 \($0.sources) 处" }
        }
        return lines.joined(separator: "\n")
    }
}
