/// Assigns the fixed parts of a speech: opening up to the transition (or the first heading),
/// body, and the closing that sums up after the last heading.
struct PartAssigner: Sendable {
    func assign(_ blocks: inout [Block]) {
        guard !blocks.isEmpty else { return }
        let firstHeading = blocks.firstIndex { $0.type == .heading }
        let lastHeading = blocks.lastIndex { $0.type == .heading }
        let openingEnd = firstHeading ?? min(blocks.count, firstParagraphIndex(blocks).map { $0 + 1 } ?? 0)
        let transition = blocks[..<openingEnd].lastIndex { $0.type == .paragraph && PartCues.isTransition($0.text) }
        let closingStart = closingStart(blocks, after: lastHeading ?? max(openingEnd - 1, 0))
        for index in blocks.indices {
            blocks[index].part = part(
                at: index, openingEnd: transition.map { $0 } ?? openingEnd,
                transition: transition, closingStart: closingStart)
        }
    }

    func part(at index: Int, openingEnd: Int, transition: Int?, closingStart: Int?) -> SpeechPart {
        if let transition, index == transition { return .transition }
        if index < openingEnd { return .opening }
        if let closingStart, index >= closingStart { return .closing }
        return .body
    }

    func firstParagraphIndex(_ blocks: [Block]) -> Int? {
        blocks.firstIndex { $0.type == .paragraph }
    }

    /// The last paragraph after the last heading that opens a closing (同志们，… / 各位代表！),
    /// or the final paragraph when it ends the speech (谢谢大家).
    func closingStart(_ blocks: [Block], after start: Int) -> Int? {
        guard start + 1 < blocks.count else { return nil }
        let tail = blocks.indices[(start + 1)...]
        if let opener = tail.last(where: {
            blocks[$0].type != .heading && (PartCues.opensClosing(blocks[$0].text) || isInterjection(blocks[$0]))
        }) {
            return opener
        }
        if let last = tail.last, blocks[last].type == .paragraph, PartCues.endsSpeech(blocks[last].text) {
            return last
        }
        return nil
    }

    /// An address standing alone that ends with ！ (各位代表！): the closing's first words.
    func isInterjection(_ block: Block) -> Bool {
        (block.text.last == "！" || block.text.last == "!") && PartCues.isSalutation(block.text)
    }
}
