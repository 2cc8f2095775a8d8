/// Splits a long title into balanced lines (GB/T 9704: a multi-line title keeps a tidy shape and
/// does not break a word), preferring breaks at punctuation and at the seams of meeting names.
struct TitleSplitter: Sendable {
    /// The most full-width characters on one title line.
    var maxWidth: Double

    /// Breaks that read naturally: before these words…
    static let breakBefore = [
        "暨", "关于", "——", "工作", "工作会", "大会", "会议", "座谈会", "推进会", "现场会",
        "动员会", "表彰", "总结", "部署", "典礼", "仪式",
    ]
    /// …and after these.
    static let breakAfter = ["，", "、", "：", "；", "全市", "全省", "全县", "全区", "全国", "年度", "系统"]
    /// How much imbalance (in characters) a natural seam is worth.
    static let offSeamPenalty = 3.0
    /// Punctuation that may not start a line, and that may not end one.
    static let noLineStart: Set<Character> = ["，", "。", "、", "：", "；", "！", "？", "）", "》", "”", "’", "…"]
    static let noLineEnd: Set<Character> = ["（", "《", "“", "‘"]

    /// The title as one or more lines, each at most `maxWidth` wide where possible.
    func lines(_ title: String) -> [String] {
        let characters = Array(title)
        let widths = characters.map(Self.width)
        let total = widths.reduce(0, +)
        guard total > maxWidth, characters.count > 1 else { return [title] }
        let count = Int((total / maxWidth).rounded(.up))
        var offsets = [0]
        for k in 1..<count {
            let target = total * Double(k) / Double(count)
            let low = offsets[offsets.count - 1] + 1
            guard low < characters.count else { break }
            offsets.append(bestBreak(in: characters, widths: widths, from: low, target: target))
        }
        offsets.append(characters.count)
        return zip(offsets, offsets.dropFirst()).map { String(characters[$0..<$1]) }.filter { !$0.isEmpty }
    }

    /// The break index (a line starts at it) closest to `target` width, natural seams preferred.
    private func bestBreak(in characters: [Character], widths: [Double], from low: Int, target: Double) -> Int {
        var best = (index: low, score: Double.infinity)
        var before = widths[..<low].reduce(0, +)
        for index in low..<characters.count {
            defer { before += widths[index] }
            guard allowsBreak(characters, at: index) else { continue }
            let seam = isSeam(characters, at: index) ? 0 : Self.offSeamPenalty
            let score = abs(before - target) + seam
            if score < best.score { best = (index, score) }
        }
        return best.index
    }

    private func allowsBreak(_ characters: [Character], at index: Int) -> Bool {
        let previous = characters[index - 1]
        let next = characters[index]
        if Self.noLineStart.contains(next) || Self.noLineEnd.contains(previous) { return false }
        let ascii = { (c: Character) in c.isASCII && (c.isLetter || c.isNumber) }
        return !(ascii(previous) && ascii(next))
    }

    private func isSeam(_ characters: [Character], at index: Int) -> Bool {
        let head = String(characters[..<index])
        let tail = String(characters[index...])
        return Self.breakBefore.contains(where: tail.hasPrefix) || Self.breakAfter.contains(where: head.hasSuffix)
    }

    /// Full-width characters count 1, ASCII digits and letters ½.
    static func width(_ character: Character) -> Double {
        character.isASCII ? 0.5 : 1
    }
}
