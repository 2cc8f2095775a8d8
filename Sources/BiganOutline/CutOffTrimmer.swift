import BiganText

/// Drops the trailing fragment of a speech cut off mid-way (a copied page that stops at “一”).
struct CutOffTrimmer: Sendable {
    func trim(_ speech: inout Speech, number: Int, diagnostics: inout [Diagnostic]) {
        guard let last = speech.blocks.last, isFragment(last) else { return }
        // A 提纲 is headings and nothing else: its last heading is as whole as the others.
        if last.type == .heading, speech.blocks.allSatisfy({ $0.type == .heading }) { return }
        speech.blocks.removeLast()
        diagnostics.append(
            Diagnostic(line: last.line, message: "第 \(number) 篇讲话不完整，末尾的残段已舍去"))
    }

    /// A bare marker or numeral, a heading with nothing under it, or a short unfinished line.
    func isFragment(_ block: Block) -> Bool {
        let text = block.text.trimmingCharacters(in: TextShape.indentCharacters)
        if block.type == .heading { return true }
        if text.allSatisfy({ ChineseNumeral.isNumeral($0) || $0.isNumber || "、.．（）()".contains($0) }) { return true }
        if PartCues.endsSpeech(text) || block.type == .salutation || BackMatter().isNote(text) { return false }
        return !TextShape.endsSentence(text) && text.hasAtMost(20)
    }
}

extension String {
    func trimmingCharacters(in set: Set<Character>) -> String {
        String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
    }
}
