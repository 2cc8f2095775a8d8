/// Assigns heading levels by the order marker kinds appear in: a kind new to the current section
/// opens one level below its parent; a kind already open returns to its level and closes the
/// levels below it.
struct OutlineStack: Sendable {
    private var kinds: [MarkerKind] = []
    private var ordinals: [Int?] = []

    /// The level `marker` would take, or nil when its ordinal is out of sequence (二是 with no 一是
    /// open, 三、 right after 一、), which means it is not a heading.
    func level(for marker: Marker) -> Int? {
        if let index = kinds.firstIndex(of: marker.kind) {
            guard let ordinal = marker.ordinal else { return index + 1 }
            let expected = (ordinals[index] ?? 0) + 1
            let fits = ordinal == expected || ordinal == 1 || (ordinal > expected && ordinal <= expected + 1)
            return fits ? index + 1 : nil
        }
        switch (marker.kind, marker.ordinal) {
        case (.label, _), (.untitled, _), (.labelLine, _), (.headline, _): return kinds.count + 1
        case (_, 1?): return kinds.count + 1
        // An excerpt may start mid-list: the first strong marker of a speech opens level 1.
        case (_, _?) where kinds.isEmpty && marker.kind.isStrong: return 1
        default: return nil
        }
    }

    /// The level of an unmarked title: that of the open titles when there are, else one above the
    /// marked headings it governs when their kind is open, else one below the open headings.
    func level(forTitleGoverning governed: MarkerKind?) -> Int {
        let depths = [kinds.firstIndex(of: .untitled), governed.flatMap { kinds.firstIndex(of: $0) }].compactMap { $0 }
        return (depths.min() ?? kinds.count) + 1
    }

    /// Kinds that title a section rather than number the items of a list.
    static let sectionKinds: Set<MarkerKind> = [.chapter, .chineseComma, .chineseParen, .untitled, .headline]

    /// Whether a section title is open (a speech without any is made of top-level lists).
    var hasSectionTitle: Bool {
        kinds.contains { Self.sectionKinds.contains($0) }
    }

    /// Closes every open heading: the next one starts at level 1.
    mutating func reset() {
        kinds.removeAll()
        ordinals.removeAll()
    }

    /// Records a heading at the level `level(for:)` gave.
    mutating func push(_ marker: Marker, level: Int) {
        kinds.removeSubrange((level - 1)...)
        ordinals.removeSubrange((level - 1)...)
        kinds.append(marker.kind)
        ordinals.append(marker.ordinal)
    }

    /// The ordinal the next sibling of `kind` would have, when that kind is open.
    func nextOrdinal(of kind: MarkerKind) -> Int? {
        guard let index = kinds.firstIndex(of: kind) else { return nil }
        return (ordinals[index] ?? 0) + 1
    }
}
