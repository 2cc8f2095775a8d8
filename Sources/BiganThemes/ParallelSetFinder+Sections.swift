import BiganOutline
import Foundation

/// The parts of a speech under one heading.
extension ParallelSetFinder {
    /// The blocks after a heading up to the next heading at its level or above.
    func sectionRange(of index: Int, in blocks: [Block]) -> Range<Int> {
        let level = blocks[index].level ?? 1
        var end = index + 1
        while end < blocks.count {
            let block = blocks[end]
            if block.type == .salutation { break }
            if block.type == .heading, (block.level ?? 1) <= level { break }
            end += 1
        }
        return (index + 1)..<end
    }

    /// The headings one level down in a section: those at the shallowest level found in it.
    func childHeadings(in section: Range<Int>, of blocks: [Block]) -> [Block] {
        let headings = blocks[section].filter { $0.type == .heading }
        guard let level = headings.map({ $0.level ?? 1 }).min() else { return [] }
        return headings.filter { ($0.level ?? 1) == level }
    }

    /// The text that may hold an inline list: the first blocks of the section, before its second child heading.
    func inlineSource(_ section: Range<Int>, children: [Block], blocks: [Block]) -> String {
        var parts: [String] = []
        var headingsSeen = 0
        for block in blocks[section].prefix(4) {
            if block.type == .heading {
                headingsSeen += 1
                if headingsSeen > 1 { break }
            }
            parts.append(block.text)
        }
        return parts.joined()
    }

    func isSiblingRun(_ children: [Block]) -> Bool {
        (minimumRunItems...maximumItems).contains(children.count)
            && SetItemMarker.isSequence(children.map(\.text))
            && children.allSatisfy {
                $0.text.count <= maximumRunItemLength && ParallelSetLabel.labelLine($0.text) == nil
            }
    }

    /// A heading as a set label: without its marker, cut at its first comma or full stop.
    static func runLabel(_ heading: String) -> String {
        var text = Substring(heading)
        if let marker = SetItemMarker.leading(in: heading) { text = text.dropFirst(marker.count) }
        let stops: Set<Character> = ["，", ",", "。", "；", ";", "：", ":", "！"]
        if let stop = text.firstIndex(where: { stops.contains($0) }) { text = text[..<stop] }
        return String(text).trimmingCharacters(in: .whitespaces)
    }
}
