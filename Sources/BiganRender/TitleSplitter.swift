/// Splits a long title into balanced lines (GB/T 9704: a multi-line title keeps a tidy shape and
/// does not break a word), preferring breaks at punctuation and at the seams of meeting names.
struct TitleSplitter: Sendable {
    /// The most full-width characters on one title line.
    var maxWidth: Double

    /// Breaks that read naturally: before these words…
    static let breakBefore = [
        "暨", "和", "关于", "——", "工作", "大会", "会议", "座谈会", "推进会", "现场会", "动员会", "表彰", "总结",
        "部署", "典礼", "仪式",
    ]
    /// …and after these.
    static let breakAfter = ["，", "、", "：", "；", "全市", "全省", "全县", "全区", "全国", "年度", "系统", "者"]
    /// Words never split, where a seam above would otherwise fall inside them.
    static let unbreakable = ["共和国", "和谐", "和平", "工作者", "大会堂"]
    /// How much imbalance (summed over the lines, in characters) a natural seam is worth.
    static let offSeamPenalty = 5.0
    /// Punctuation that may not start a line, and that may not end one.
    static let noLineStart: Set<Character> = ["，", "。", "、", "：", "；", "！", "？", "）", "》", "”", "’", "…"]
    static let noLineEnd: Set<Character> = ["（", "《", "“", "‘"]

    /// The title as one or more lines, each at most `maxWidth` wide where possible.
    func lines(_ title: String) -> [String] {
        let characters = Array(title)
        let widths = characters.map(Self.width)
        let total = widths.reduce(0, +)
        let count = min(Int((total / maxWidth).rounded(.up)), characters.count)
        guard count > 1 else { return [title] }
        let offsets = bestBreaks(characters, widths: widths, lines: count)
        return zip([0] + offsets, offsets + [characters.count]).map { String(characters[$0..<$1]) }
    }

    /// The `lines - 1` break indices (none when no break is allowed) with the least total cost: each line's distance from an even
    /// share, a penalty for each break off a natural seam, and a heavy one for an overlong line.
    private func bestBreaks(_ characters: [Character], widths: [Double], lines: Int) -> [Int] {
        let n = characters.count
        var prefix = [0.0]
        for width in widths { prefix.append(prefix[prefix.count - 1] + width) }
        let ideal = prefix[n] / Double(lines)
        let breakCost = (0...n).map { index -> Double? in
            guard index > 0, index < n else { return 0 }
            guard allowsBreak(characters, at: index) else { return nil }
            return isSeam(characters, at: index) ? 0 : Self.offSeamPenalty
        }
        func lineCost(_ start: Int, _ end: Int) -> Double {
            let width = prefix[end] - prefix[start]
            return abs(width - ideal) + (width > maxWidth ? 100 : 0)
        }
        // best[k][j]: cheapest way to set characters[0..<j] as k lines ending with a break at j.
        var best = Array(
            repeating: Array(repeating: (cost: Double.infinity, previous: 0), count: n + 1), count: lines + 1)
        best[0][0] = (0, 0)
        for k in 1...lines {
            for end in k...n where (k == lines) == (end == n) {
                guard let cost = breakCost[end] else { continue }
                for start in (k - 1)..<end where best[k - 1][start].cost < .infinity {
                    let total = best[k - 1][start].cost + lineCost(start, end) + cost
                    if total < best[k][end].cost { best[k][end] = (total, start) }
                }
            }
        }
        guard best[lines][n].cost < .infinity else { return [] }
        var offsets: [Int] = []
        var end = n
        for k in stride(from: lines, to: 1, by: -1) {
            end = best[k][end].previous
            offsets.insert(end, at: 0)
        }
        return offsets
    }

    private func allowsBreak(_ characters: [Character], at index: Int) -> Bool {
        let previous = characters[index - 1]
        let next = characters[index]
        if Self.noLineStart.contains(next) || Self.noLineEnd.contains(previous) { return false }
        let ascii = { (c: Character) in c.isASCII && (c.isLetter || c.isNumber) }
        if ascii(previous) && ascii(next) { return false }
        return !Self.unbreakable.contains { word in
            (1..<word.count).contains { cut in
                let head = word.prefix(cut)
                let tail = word.dropFirst(cut)
                return characters[..<index].suffix(head.count).elementsEqual(head)
                    && characters[index...].prefix(tail.count).elementsEqual(tail)
            }
        }
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
