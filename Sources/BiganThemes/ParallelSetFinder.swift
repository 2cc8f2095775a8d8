import BiganOutline

/// Finds the parallel sets of a speech: labelled or counted groups of headings and inline lists.
public struct ParallelSetFinder: Sendable {
    /// Sibling runs need at least this many items (named sets need two).
    public var minimumRunItems = 3
    /// Sibling runs longer than this are outlines, not sets.
    public var maximumItems = 10
    /// Items longer than this (in characters) make a sibling run a sequence of sections, not a set.
    public var maximumRunItemLength = 80

    public init() {}

    /// The sets of one speech in reading order.
    public func sets(in speech: Speech) -> [ParallelSet] {
        let blocks = speech.blocks
        var sets: [ParallelSet] = []
        var path: [Block] = []
        for (index, block) in blocks.enumerated() {
            switch block.type {
            case .heading:
                let level = block.level ?? 1
                path.removeAll { ($0.level ?? 1) >= level }
                if let set = set(under: index, in: blocks, path: path.map(\.text)) { sets.append(set) }
                path.append(block)
            case .paragraph:
                if let set = labelParagraphSet(at: index, in: blocks, path: path.map(\.text)) { sets.append(set) }
            case .salutation:
                path.removeAll()
            }
        }
        return Self.withoutRepeats(sets)
    }

    /// One set per list of items: a named set wins over a sibling run with the same items.
    static func withoutRepeats(_ sets: [ParallelSet]) -> [ParallelSet] {
        var result: [ParallelSet] = []
        for set in sets {
            if let index = result.firstIndex(where: { $0.items == set.items }) {
                if set.isNamed && !result[index].isNamed { result[index] = set }
            } else {
                result.append(set)
            }
        }
        return result
    }

    /// The set a heading introduces, if any.
    func set(under index: Int, in blocks: [Block], path: [String]) -> ParallelSet? {
        let heading = blocks[index]
        let section = sectionRange(of: index, in: blocks)
        let children = childHeadings(in: section, of: blocks)
        let headingPath = path + [heading.text]
        if let label = ParallelSetLabel.labelLine(heading.text) ?? heading.marker.flatMap(ParallelSetLabel.labelLine) {
            guard (2...maximumItems).contains(children.count) else { return nil }
            return ParallelSet(
                label: label, items: children.map(\.text), headingPath: headingPath, line: heading.line,
                shape: .labelHeading)
        }
        if let counted = ParallelSetLabel.countedPhrase(in: heading.text) {
            return countedSet(
                counted, heading: heading, children: children, section: section, blocks: blocks,
                headingPath: headingPath)
        }
        guard isSiblingRun(children) else { return nil }
        let label = Self.runLabel(heading.text)
        return ParallelSet(
            label: label, items: children.map(\.text), headingPath: headingPath, line: heading.line, shape: .siblingRun)
    }

    func countedSet(
        _ counted: (label: String, count: Int), heading: Block, children: [Block], section: Range<Int>, blocks: [Block],
        headingPath: [String]
    ) -> ParallelSet? {
        let inline = InlineListSplitter().items(in: inlineSource(section, children: children, blocks: blocks))
        let childItems = children.map(\.text)
        let candidates: [([String], ParallelSet.Shape)] = [
            (childItems, .countedHeading), (inline, .inlineList),
        ]
        let chosen =
            candidates.first { $0.0.count == counted.count }
            ?? candidates.first { (2...maximumItems).contains($0.0.count) }
        guard let (items, shape) = chosen else { return nil }
        return ParallelSet(
            label: counted.label, items: items, headingPath: headingPath, line: heading.line, shape: shape)
    }

    /// A short paragraph ending with a colon (四种精神：) directly followed by the headings it labels.
    func labelParagraphSet(at index: Int, in blocks: [Block], path: [String]) -> ParallelSet? {
        let block = blocks[index]
        guard let label = ParallelSetLabel.labelLine(block.text), index + 1 < blocks.count,
            blocks[index + 1].type == .heading
        else { return nil }
        let level = blocks[index + 1].level ?? 1
        var items: [String] = []
        for next in blocks[(index + 1)...] {
            if next.type == .paragraph, ParallelSetLabel.labelLine(next.text) != nil { break }
            guard next.type == .heading else { continue }
            let nextLevel = next.level ?? 1
            if nextLevel < level { break }
            if nextLevel == level { items.append(next.text) }
        }
        guard (2...maximumItems).contains(items.count) else { return nil }
        return ParallelSet(
            label: label, items: items, headingPath: path + [block.text], line: block.line, shape: .labelHeading)
    }
}
