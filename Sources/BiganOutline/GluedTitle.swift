import BiganText

/// Where a section title glued to its first sentence ends (一、保护和激发市场主体活力改革开放以来，
/// 我国…; 三、深入改革经济体制和扩大对外开放国民经济的长期稳定发展，…). A text saved without line
/// breaks, or a wiki page that lost one, leaves no mark between them; the first clause is then too
/// long for a title and the body's first words tell where it starts: a sentence opener (改革开放以来,
/// 我在, “…”), the title's own first words again (建议稿的主要考虑…建议稿起草的…), or, failing those,
/// the word a title ends with (…开放 | 国民经济…).
enum GluedTitle {
    /// Words that open a body sentence, not a title's continuation.
    static let openers = [
        "改革开放以来", "党的十八大以来", "十八大以来", "党的十九大以来", "新中国成立以来", "新时代以来", "近年来", "近些年来",
        "多年来", "长期以来", "今年以来", "去年以来", "一段时间以来", "我在", "我们", "我讲", "我想", "大家", "这次",
        "这里", "这是", "同志们",
    ]
    /// Words that open a body sentence when the first clause ends right after them (…当前，).
    static let clauseOpeners: Set<String> = ["当前", "目前", "现在", "今天", "今年", "去年", "过去", "同时", "此外", "总的看"]
    /// Openers that are punctuation: a quotation or a book title that starts the body.
    static let quoteOpeners: Set<Character> = ["“", "《"]
    /// Words a section title often ends with.
    static let titleEnds = [
        "问题", "过程", "框架", "考虑", "情况", "回顾", "任务", "精神", "活力", "开放", "改革", "的事", "成就", "形势",
        "意见", "要求", "经验", "方针", "局面", "目标", "工作", "建设", "发展",
    ]
    /// Characters that continue the phrase before them, so no title ends before them.
    static let continuations: Set<Character> = ["的", "和", "与", "及", "中", "上", "下", "里", "为", "是", "等"]
    /// A title is at least this many characters after its marker.
    static let shortest = 4
    /// A first clause shorter than this is a title alone (or a heading sentence's first clause);
    /// a title's last word only counts from `titleEndClause` on, a quote from `quoteClause` on.
    static let wordClause = 8
    static let titleEndClause = 12
    static let quoteClause = 16

    /// Whether the words just before `offset` come again right after it (…当前形势|当前形势总体很好):
    /// the body takes up the title's last words.
    static func repeatsTail(_ characters: [Character], at offset: Int) -> Bool {
        for length in 2...4 where offset >= length && offset + length <= characters.count {
            if characters[(offset - length)..<offset] == characters[offset..<(offset + length)] { return true }
        }
        return false
    }

    /// The index in `text` where the glued title that follows `marker` ends, or nil when the text
    /// after the marker is not a title glued to a sentence.
    static func end(of text: String, after marker: Marker) -> String.Index? {
        let body = text.dropFirst(marker.text.count)
        // A title line alone (一、A，B with no sentence after it) is no glued title.
        guard body.contains(where: { SentenceEnds.final.contains($0) }) else { return nil }
        guard
            let clauseEnd = body.firstIndex(where: {
                TextShape.clauseMarks.contains($0) || TextShape.sentenceEnds.contains($0)
            })
        else { return nil }
        let clause = body[..<clauseEnd]
        guard !clause.hasAtMost(wordClause - 1), clause.hasAtMost(quoteClause * 6) else { return nil }
        let length = clause.count
        let offsets = Array(clause.indices.enumerated())
        let characters = Array(clause)
        var lastTitleEnd: String.Index?
        for (offset, index) in offsets where offset >= shortest && length - offset >= 2 {
            let rest = clause[index...]
            if openers.contains(where: rest.hasPrefix) || clauseOpeners.contains(String(rest)) { return index }
            if rest.count >= 3, clause.hasPrefix(rest.prefix(3)) { return index }
            if repeatsTail(characters, at: offset) { return index }
            if let first = rest.first, quoteOpeners.contains(first), length >= quoteClause { return index }
            if length >= titleEndClause, length - offset >= shortest, let next = rest.first,
                !continuations.contains(next), titleEnds.contains(where: clause[..<index].hasSuffix)
            {
                lastTitleEnd = index
            }
        }
        return lastTitleEnd
    }
}
