import BiganCompose
import BiganRender
import BiganText
import Foundation

/// How a draft leaves the program: JSON or Markdown on stdout, or a .md or .docx file.
struct DraftOutput {
    enum Format: String, CaseIterable {
        case markdown = ".md", docx = ".docx"
    }

    var json: Bool
    var sources: Bool

    /// Refuses an `--out` that exists (unless `force`), and always one that is the library (or its
    /// journal) or an input of the command, whatever name reaches it (a link, another spelling).
    static func refuseOverwrite(_ out: String?, force: Bool, library: String, inputs: [String] = []) throws {
        guard let out else { return }
        let libraryFiles = ["", "-wal", "-shm", "-journal"].map { library + $0 }
        if libraryFiles.contains(where: { SameFile.check(out, $0) }) {
            throw BiganError(file: out, "这是片段库文件本身，不能用作输出文件")
        }
        if let input = inputs.first(where: { SameFile.check(out, $0) }) {
            throw BiganError(file: out, "这是本命令读取的文件（\(input)），不能用作输出文件")
        }
        if !force, FileManager.default.fileExists(atPath: out) {
            throw BiganError(file: out, "文件已存在；如要覆盖，请加 --force")
        }
    }

    func write(_ draft: Draft, to out: String?) throws {
        if !draft.placeholders.isEmpty {
            LibraryOptions.note("待填写：\(draft.placeholders.joined(separator: " "))")
        }
        let slots = draft.slots
        if !slots.isEmpty {
            LibraryOptions.note("待补：\(slots.count) 处（稿中以【待补：…】标出）")
        }
        for shortage in draft.shortages {
            let heading = shortage.heading.isEmpty ? "无小标题的一节" : "“\(shortage.heading)”"
            LibraryOptions.note(
                "资料不足：\(heading)需要 \(shortage.wanted) 段，片段库中合适的只有 \(shortage.found) 段，已留待补标记")
        }
        if json { return try JSONOutput.print(draft) }
        guard let out else {
            return print(MarkdownRenderer(includeSources: sources).render(draft), terminator: "")
        }
        if out.lowercased().hasSuffix(Format.docx.rawValue) {
            try DocxWriter().write(draft, to: URL(fileURLWithPath: out))
            if sources { print(sourceList(draft).joined(separator: "\n")) }
        } else {
            do {
                try MarkdownRenderer(includeSources: sources).render(draft)
                    .write(toFile: out, atomically: true, encoding: .utf8)
            } catch {
                throw BiganError(file: out, "无法写入稿子：\(error.localizedDescription)")
            }
        }
        LibraryOptions.note("bigan：已写入 \(out)")
    }

    /// One line per library paragraph: the start of its text, then file, line and source speech.
    func sourceList(_ draft: Draft) -> [String] {
        draft.blocks.compactMap { block in
            guard let source = block.source, let id = block.snippetId else { return nil }
            let start = block.text.prefix(18) + (block.text.count > 18 ? "…" : "")
            let speech = source.speech.map { "，\($0)" } ?? ""
            return "「\(start)」 片段 \(id)：\(VisibleText.escaped(source.file)) 第\(source.line)行\(speech)"
        }
    }
}
