import BiganCheck
import Foundation

/// Human output of `bigan check`: one entry per finding (line, kind, the text as written, why),
/// wrapped at display width, then the copied share, the counts and what was not checked.
struct CheckFormatter {
    var width: Int
    var ansi: Bool
    var workingFolder = FileManager.default.currentDirectoryPath

    init(width: Int, ansi: Bool) {
        self.width = max(width - 1, 30)
        self.ansi = ansi
    }

    static let bold = "\u{1B}[1m", stale = "\u{1B}[1;31m", dim = "\u{1B}[2m", reset = "\u{1B}[0m"
    /// The longest excerpt of a finding's text shown on its line.
    static let excerptColumns = 48

    func format(_ report: CheckReport, final: Bool) -> String {
        var lines = [styled("体检：\(displayPath(report.file))", Self.bold)]
        if report.findings.isEmpty { lines.append("没有发现问题。") }
        for finding in report.findings {
            lines += entry(finding)
        }
        lines.append("")
        lines += summary(report, final: final)
        return lines.joined(separator: "\n")
    }

    /// One finding: 第12行 【地名】平凉市, then why, indented and wrapped.
    func entry(_ finding: Finding) -> [String] {
        let label = "【\(finding.kind.displayName)】"
        let head = "第\(finding.line)行  " + styled(label, finding.kind.weight == .stale ? Self.stale : Self.bold)
        let text = Self.excerpt(finding.text, columns: min(Self.excerptColumns, width - 16))
        return [head + text]
            + TextWrapper(width: width).wrap(finding.why, indent: "      ").map { styled($0, Self.dim) }
    }

    func summary(_ report: CheckReport, final: Bool) -> [String] {
        let summary = report.summary
        var lines: [String] = []
        let percent = String(format: "%.1f%%", report.copiedShare * 100)
        lines += TextWrapper(width: width).wrap(
            "雷同比例：\(percent)（\(summary.copiedCharacters) / \(summary.hanCharacters) 个汉字与片段库中的文字相同）")
        let groups: [(FindingKind.Weight, String)] = [
            (.stale, "过时信息"), (.confirm, "待确认"), (.gap, "待补"), (.copied, "雷同"), (.structure, "结构与标点"),
        ]
        let parts = groups.compactMap { weight, name -> String? in
            let kinds = FindingKind.allCases.filter { $0.weight == weight }
            let counts = kinds.compactMap { kind in
                summary.counts[kind.rawValue].flatMap { $0 > 0 ? "\(kind.displayName) \($0)" : nil }
            }
            let total = kinds.reduce(0) { $0 + (summary.counts[$1.rawValue] ?? 0) }
            guard total > 0 else { return nil }
            return kinds.count > 1 ? "\(name) \(total) 处（\(counts.joined(separator: "、"))）" : "\(name) \(total) 处"
        }
        lines += TextWrapper(width: width).wrap("小结：" + (parts.isEmpty ? "没有发现问题" : parts.joined(separator: "；")))
        for skipped in summary.skipped {
            lines += TextWrapper(width: width).wrap("未检查：\(skipped.why)").map { styled($0, Self.dim) }
        }
        let status = report.exitStatus(final: final)
        let verdict =
            summary.stale > 0
            ? "有过时信息，改好之前不宜交稿" : status != 0 ? "还有待补的地方，定稿前须补齐" : "没有过时信息"
        lines.append(styled("结论：\(verdict)（退出码 \(status)）", status == 0 ? Self.bold : Self.stale))
        return lines
    }

    /// The text on one line of at most `columns` display columns, cut with …
    static func excerpt(_ text: String, columns: Int) -> String {
        var out = ""
        var used = 0
        for character in text where character != "\n" {
            let next = DisplayWidth.columns(of: character)
            if used + next > columns - 1 {
                return out + "…"
            }
            out.append(character)
            used += next
        }
        return out
    }

    func displayPath(_ path: String) -> String {
        let folder = workingFolder.hasSuffix("/") ? workingFolder : workingFolder + "/"
        return path.hasPrefix(folder) ? String(path.dropFirst(folder.count)) : path
    }

    func styled(_ text: String, _ style: String) -> String {
        ansi ? style + text + Self.reset : text
    }
}
