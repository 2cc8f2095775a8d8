import BiganText

/// Splits a stretch of text with no paragraph breaks into paragraphs. A list marker opens a
/// paragraph when it opens a sentence (after a sentence end, or first after a colon) and its list's
/// items carry bodies of more than one sentence (第一，加强领导。要…。第二，…); an enumeration inside
/// a sentence (…面临一些困难：一是…，二是…) or a list of one-sentence items stays in its paragraph.
/// An address to the audience (同志们！…) opens a paragraph too. When `chunked`, what is left is cut
/// at the first sentence end past `pieceLength` characters.
struct SentenceListSplitter: Sendable {
    /// Whether paragraphs are also cut by length (a stretch with no separators at all).
    var chunked = true
    /// Paragraphs are cut at the first sentence end past this many characters.
    var pieceLength = 240

    struct Item {
        var start: String.Index
        var marker: Marker
        var afterColon: Bool
        /// Sentence ends in the text before this item (across stretches).
        var sentencesBefore = 0
    }

    /// A sentence start, and how many characters into its stretch it stands.
    struct Boundary {
        var index: String.Index
        var offset: Int
        /// An address (同志们！…) opens a paragraph.
        var opensAddress = false
    }

    /// A stretch of the text between separators, and whether it is also cut by length.
    struct Stretch {
        var text: Substring
        var chunked: Bool
    }

    func split(_ text: Substring) -> [Substring] {
        split([Stretch(text: text, chunked: chunked)])
    }

    /// Splits stretches of one text; a list may run across them (its items' starts are looked for
    /// in all of them).
    func split(_ stretches: [Stretch]) -> [Substring] {
        var sentences = 0
        let scans = stretches.map { scan($0.text, sentences: &sentences) }
        let starts = Set(acceptedLists(scans.flatMap(\.items)).flatMap { $0 })
        var pieces: [Substring] = []
        for (stretch, scan) in zip(stretches, scans) {
            pieces += cut(stretch, at: scan.boundaries, opening: starts, markers: Set(scan.items.map(\.start)))
        }
        return pieces
    }

    func cut(
        _ stretch: Stretch, at boundaries: [Boundary], opening starts: Set<String.Index>, markers: Set<String.Index>
    ) -> [Substring] {
        let text = stretch.text
        var pieces: [Substring] = []
        var start = Boundary(index: text.startIndex, offset: 0)
        for boundary in boundaries where boundary.index > start.index && boundary.index < text.endIndex {
            let opensItem = starts.contains(boundary.index) || boundary.opensAddress
            let long = stretch.chunked && boundary.offset - start.offset >= pieceLength
            // Never cut before a marker that is not a paragraph's: it would pass for a heading.
            if opensItem || (long && !markers.contains(boundary.index)) {
                pieces.append(text[start.index..<boundary.index])
                start = boundary
            }
        }
        if start.index < text.endIndex { pieces.append(text[start.index...]) }
        return pieces
    }

    /// The sentence starts of `text` (after a final mark and its closing quotes, or after a colon),
    /// and the markers that stand at them with the sentences each runs over.
    func scan(_ text: Substring, sentences: inout Int) -> (items: [Item], boundaries: [Boundary]) {
        var items: [Item] = []
        var boundaries: [Boundary] = []
        let head = text.drop(while: \.isWhitespace)
        if let marker = MarkerTable.marker(at: head), opensParagraph(marker) {
            items.append(Item(start: head.startIndex, marker: marker, afterColon: false, sentencesBefore: sentences))
        }
        var index = text.startIndex
        var offset = 0
        while index < text.endIndex {
            let character = text[index]
            index = text.index(after: index)
            offset += 1
            let isEnd = SentenceEnds.final.contains(character) || character == "；" || character == ";"
            guard isEnd || character == "：" || character == ":" else { continue }
            while index < text.endIndex, TextShape.closingQuotes.contains(text[index]) || text[index].isWhitespace {
                index = text.index(after: index)
                offset += 1
            }
            if isEnd { sentences += 1 }
            guard index < text.endIndex else { break }
            if isEnd {
                boundaries.append(
                    Boundary(index: index, offset: offset, opensAddress: PartCues.opensWithAddress(text[index...])))
            }
            if let marker = MarkerTable.marker(at: text[index...]), opensParagraph(marker) {
                items.append(Item(start: index, marker: marker, afterColon: !isEnd, sentencesBefore: sentences))
                if !isEnd { boundaries.append(Boundary(index: index, offset: offset)) }
            }
        }
        return (items, boundaries)
    }

    func opensParagraph(_ marker: Marker) -> Bool {
        marker.kind.isStrong && marker.kind != .label && marker.ordinal != nil
    }

    /// The starts of the items of every list whose items carry bodies of their own: consecutive
    /// ordinals of one kind from 1, only the first after a colon, most items more than one sentence.
    func acceptedLists(_ items: [Item]) -> [[String.Index]] {
        var open: [MarkerKind: [Item]] = [:]
        var lists: [[Item]] = []
        for item in items {
            guard let ordinal = item.marker.ordinal else { continue }
            if ordinal == 1 {
                if let done = open[item.marker.kind] { lists.append(done) }
                open[item.marker.kind] = [item]
            } else if var list = open[item.marker.kind], list.last?.marker.ordinal == ordinal - 1, !item.afterColon {
                list.append(item)
                open[item.marker.kind] = list
            }
        }
        lists += open.values
        return lists.filter(carriesBodies).map { $0.map(\.start) }
    }

    /// Two items or more, and at least half of those before the last run over more than one sentence
    /// to the next item (nested lists included).
    func carriesBodies(_ list: [Item]) -> Bool {
        guard list.count >= 2 else { return false }
        let bodies = zip(list, list.dropFirst()).filter { $1.sentencesBefore - $0.sentencesBefore >= 2 }.count
        return bodies * 2 >= list.count - 1
    }
}
