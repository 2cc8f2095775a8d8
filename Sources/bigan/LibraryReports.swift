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
        if let library { lines.append("片段库：\(VisibleText.escaped(library))") }
        if !failed.isEmpty {
            lines.append("失败的文件 \(failed.count) 个（片段库未受影响），原因见下面的 Error 行。")
        }
        return lines.joined(separator: "\n")
    }
}

extension LibraryStats {
    /// The human report of `bigan stats`.
    public var report: String {
        var lines = [
            "片段库：\(path.map { VisibleText.escaped($0) } ?? "（内存）")",
            "文件 \(files) 个，讲话 \(speeches) 篇，标题 \(headings) 个",
            "片段 \(snippets) 条："
                + SnippetKind.allCases.map { "\($0.displayName) \(kinds[$0.rawValue] ?? 0)" }.joined(separator: "，"),
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
