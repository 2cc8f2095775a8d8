import BiganText

/// Decides which paragraphs are headings and at what level, and splits a heading from the body
/// that follows it on the same line.
struct HeadingReader: Sendable {
    private(set) var stack = OutlineStack()
    /// The marker of the list item (a sentence ending with a semicolon) just read, if the last
    /// paragraph was one.
    private var listItem: Marker?

    /// Classifies one paragraph of the body into a heading (plus the rest as a paragraph) or a
    /// paragraph. `role` says what the paragraphs around it made of it; `next` is the paragraph
    /// after it, for labels that must introduce a list.
    mutating func read(_ paragraph: RawParagraph, role: ParagraphRole, next: RawParagraph?) -> [Block] {
        switch role {
        case .backMatter:
            return [Block(type: .paragraph, text: paragraph.text, part: .body, line: paragraph.line)]
        case .title(let governed):
            let level = PartTitles.isClosing(paragraph.text) ? 1 : stack.level(forTitleGoverning: governed)
            return [unmarkedHeading(paragraph, kind: .untitled, level: level)]
        case .label, .headline:
            let kind: MarkerKind = role == .label ? .labelLine : .headline
            let marker = Marker(kind: kind, ordinal: nil, text: "")
            return [unmarkedHeading(paragraph, kind: kind, level: stack.level(for: marker) ?? 1)]
        case .text:
            let blocks = readMarked(paragraph, next: next)
            // In a speech with no section titles, an address (同志们！…) between lists closes them:
            // the next list starts again at the top.
            if blocks.first?.type == .paragraph, !stack.hasSectionTitle, PartCues.opensWithAddress(paragraph.text) {
                stack.reset()
            }
            return blocks
        }
    }

    mutating func unmarkedHeading(_ paragraph: RawParagraph, kind: MarkerKind, level: Int) -> Block {
        stack.push(Marker(kind: kind, ordinal: nil, text: ""), level: level)
        return Block(
            type: .heading, level: level, marker: "", text: trimmed(paragraph.text), part: .body, line: paragraph.line)
    }

    mutating func readMarked(_ paragraph: RawParagraph, next: RawParagraph?) -> [Block] {
        let text = paragraph.text
        let plain = [Block(type: .paragraph, text: text, part: .body, line: paragraph.line)]
        guard let marker = marker(for: text, next: next) else {
            listItem = nil
            return plain
        }
        if isListItem(text, marker: marker) {
            listItem = marker
            return plain
        }
        listItem = nil
        guard let level = stack.level(for: marker) else { return plain }
        if let ordinal = marker.ordinal, marker.kind != .chapter,
            MarkerTable.containsInlineItem(
                kind: marker.kind, ordinal: ordinal + 1, in: text.dropFirst(marker.text.count)[...])
        {
            return [Block(type: .paragraph, text: text, part: .body, line: paragraph.line)]
        }
        let glued =
            marker.kind == .chineseComma || marker.kind == .chapter ? GluedTitle.end(of: text, after: marker) : nil
        let title = text.dropFirst(marker.text.count).drop(while: \.isWhitespace)
        let end = glued ?? TextShape.endOfTitle(title) ?? TextShape.endOfFirstSentence(text)
        let headingText = end.map { String(text[..<$0]) } ?? text
        if !marker.kind.isStrong, !headingText.hasAtMost(30) {
            return [Block(type: .paragraph, text: text, part: .body, line: paragraph.line)]
        }
        stack.push(marker, level: level)
        var blocks = [
            Block(
                type: .heading, level: level, marker: marker.text, text: trimmed(headingText), part: .body,
                line: paragraph.line)
        ]
        if let end {
            let rest = paragraph.suffix(from: end)
            blocks.append(Block(type: .paragraph, text: rest.text, part: .body, line: rest.line))
        }
        return blocks
    }

    /// One sentence that ends with a semicolon (一、继续深入批评资产阶级自由化的错误观点；), or the one
    /// sentence that follows such an item in its list: an item of a lead-in's list, not a heading,
    /// even when it reuses a heading's marker.
    func isListItem(_ text: String, marker: Marker) -> Bool {
        guard TextShape.endOfFirstSentence(text) == nil, let last = text.last else { return false }
        if last == "；" || last == ";" { return !text.dropLast().contains { SentenceEnds.final.contains($0) } }
        guard let previous = listItem, previous.kind == marker.kind, let ordinal = previous.ordinal else {
            return false
        }
        return marker.ordinal == ordinal + 1
    }

    func marker(for text: String, next: RawParagraph?) -> Marker? {
        if let marker = MarkerTable.marker(at: text[...]) { return marker }
        if isLabel(text), let next, let listStart = MarkerTable.marker(at: next.text[...]), listStart.ordinal == 1 {
            return Marker(kind: .label, ordinal: nil, text: text)
        }
        return nil
    }

    /// A counted label that introduces a list: 四种精神： 五个必须： 三项要求：.
    func isLabel(_ text: String) -> Bool {
        guard text.hasAtMost(16), let last = text.last, last == "：" || last == ":" else { return false }
        let body = text.dropLast()
        guard !TextShape.hasPunctuation(body) else { return false }
        let number = body.prefix { ChineseNumeral.isNumeral($0) }
        guard !number.isEmpty, let classifier = body.dropFirst(number.count).first else { return false }
        return "个种项大条点是要字心".contains(classifier)
    }

    func trimmed(_ text: String) -> String {
        String(text.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
