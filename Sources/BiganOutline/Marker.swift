/// The kinds of outline marker. Levels are not fixed per kind: they follow the order kinds appear in.
package enum MarkerKind: String, Sendable, Hashable {
    case chapter  // 第一部分 第一章
    case chineseComma  // 一、
    case chineseParen  // （一）
    case ordinal  // 第一、 第一， 第一：
    case arabicDot  // 1. 1、 1．
    case arabicParen  // （1） 1）
    case circled  // ①
    case shi  // 一是
    case yao  // 一要
    case aspect  // 一方面 / 另一方面
    case sequence  // 首先 其次 再次 最后
    case label  // 四种精神：
    case untitled  // a short title line with no marker
    case labelLine  // a one-sentence label standing alone before its paragraph
    case headline  // a headline of clauses with no end mark, standing alone

    /// Strong markers start a new paragraph even on an unindented continuation line, and make a
    /// heading whatever the length of its first sentence.
    var isStrong: Bool {
        switch self {
        case .aspect, .sequence, .untitled, .labelLine, .headline: return false
        default: return true
        }
    }
}

/// A marker found at the start of a paragraph: its kind, its ordinal and the text as written.
package struct Marker: Sendable, Equatable {
    package var kind: MarkerKind
    /// 1 for 一、（一）第一 一是 首先…; nil where the kind has no order (labels, 最后).
    package var ordinal: Int?
    /// The marker exactly as written, e.g. "第一," or "（一）".
    package var text: String
}
