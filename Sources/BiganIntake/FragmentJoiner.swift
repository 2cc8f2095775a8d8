import BiganText
import Foundation

/// Rejoins wiki-link fragments in a blank-line layout, where paragraphs are separated by blank lines
/// and a line break inside a paragraph is an accident of the copy ("细颗粒物（PM\n2.5\n）浓度").
/// The joined line keeps the first line's number.
struct FragmentJoiner: Sendable {
    /// Fragments up to this many characters count as short.
    static let shortLength = 16
    /// A line led by an outline marker and no longer than this is taken for a heading.
    static let headingLength = 40
    static let sentenceEnds = SentenceEnds.marksAndColons
    static let closers: Set<Character> = [
        "）", ")", "》", "」", "』", "】", "〕", "”", "’", "、", "，", ",", "。", "；", ";", "：", ":", "！", "!",
        "？", "?", "％", "%", "…", "·",
    ]
    static let openers: Set<Character> = ["（", "(", "《", "「", "『", "【", "〔", "“", "‘", "、", "，", ","]
    /// A short line led by an outline marker is a heading: it is never the start of a join by length alone.
    static let headingStart = try! NSRegularExpression(
        pattern:
            #"^[ \t\u3000]*(（[一二三四五六七八九十百]+）|\([一二三四五六七八九十百]+\)|[一二三四五六七八九十百]+、|第[一二三四五六七八九十百]+[，,、部章节条]|\d+[.．、](?!\d)|[一二三四五六七八九十]是)"#
    )

    static func startsWithMarker(_ text: String) -> Bool {
        let window = String(text.prefix(12))
        return headingStart.firstMatch(in: window, range: NSRange(window.startIndex..., in: window)) != nil
    }

    /// Whether a layout separates paragraphs by blank lines: most text lines have a break after them.
    static func isBlankLineLayout(_ items: [CleanedLine]) -> Bool {
        var textLines = 0
        var separated = 0
        let significant = items.filter { $0 != .glue }
        for (index, item) in significant.enumerated() where item.line != nil {
            textLines += 1
            if index + 1 == significant.count || significant[index + 1].line == nil { separated += 1 }
        }
        return textLines > 0 && separated * 2 >= textLines
    }

    func join(_ items: [CleanedLine]) -> [CleanedLine] {
        var output: [CleanedLine] = []
        output.reserveCapacity(items.count)
        var lastPiece = ""
        var pieces = 0
        var glued = false
        for (index, item) in items.enumerated() {
            guard case .text(let line) = item else {
                if item == .glue {
                    glued = true
                } else {
                    output.append(item)
                    glued = false
                }
                continue
            }
            if case .text(let previous)? = output.last,
                glued
                    || shouldJoin(
                        previous.text, lastPiece: lastPiece, pieces: pieces, line.text,
                        nextIsText: nextIsText(items, after: index))
            {
                output.removeLast()
                var joined = previous
                joined.text += line.text
                output.append(.text(joined))
                pieces += 1
            } else {
                output.append(item)
                pieces = 1
            }
            lastPiece = line.text
            glued = false
        }
        return output
    }

    private func nextIsText(_ items: [CleanedLine], after index: Int) -> Bool {
        items[(index + 1)...].first { $0 != .glue }?.line != nil
    }

    /// Joins `fragment` to the line before it (`joined`, made of `pieces` physical lines, the last
    /// of them `lastPiece`). Closing punctuation always joins; otherwise a short fragment joins a
    /// line left mid-sentence, and a long one joins only a run of fragments already under way, so a
    /// title stays apart from the line after it.
    func shouldJoin(_ joined: String, lastPiece: String, pieces: Int, _ fragment: String, nextIsText: Bool)
        -> Bool
    {
        guard let first = fragment.first, let last = joined.last, !Indentation.isIndented(fragment) else {
            return false
        }
        if Self.closers.contains(first) || Self.openers.contains(last) { return true }
        let isFragment =
            Self.fits(fragment, Self.shortLength) && !Self.sentenceEnds.contains(fragment.last ?? first)
            && !Self.startsWithMarker(fragment) && !Self.isParenthesized(fragment)
        let isHeading = pieces == 1 && Self.fits(joined, Self.headingLength) && Self.startsWithMarker(joined)
        if !Self.sentenceEnds.contains(last), !isHeading {
            if isFragment || (pieces > 1 && Self.fits(lastPiece, Self.shortLength)) { return true }
        }
        return nextIsText && isFragment
    }

    /// A whole line in brackets, such as a date under a title: "（2023年5月30日）".
    static func isParenthesized(_ text: String) -> Bool {
        guard let first = text.first, let last = text.last else { return false }
        return (first == "（" && last == "）") || (first == "(" && last == ")")
    }

    /// Whether `text` has at most `length` characters, without counting all of a long line.
    static func fits(_ text: String, _ length: Int) -> Bool {
        text.utf8.count <= length * 4 && text.count <= length
    }
}
