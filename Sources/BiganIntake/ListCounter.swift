/// Counts numbered paragraphs per list instance (`numId`) and writes their markers: numbering a level
/// restarts every deeper level of the same list.
struct ListCounter: Sendable {
    let numbering: DocxNumbering
    private var values: [String: [Int: Int]] = [:]

    init(numbering: DocxNumbering) {
        self.numbering = numbering
    }

    /// The marker for the next paragraph at `level` of list `numId` (`一、`, `（二）`, `1.` …), or nil
    /// for bullets and lists that do not exist.
    mutating func nextMarker(numId: String, level: Int) -> String? {
        guard numId != "0", let definition = numbering.level(numId: numId, level: level) else { return nil }
        var counts = values[numId, default: [:]]
        counts[level] = (counts[level] ?? definition.start - 1) + 1
        for deeper in counts.keys where deeper > level { counts[deeper] = nil }
        values[numId] = counts
        guard definition.format != "bullet", !definition.text.isEmpty else { return nil }
        let marker = render(definition, counts: counts, numId: numId)
        return marker + separator(after: marker, suffix: definition.suffix)
    }

    /// Replaces each `%n` in the level text by level n's current number in that level's format.
    private func render(_ definition: ListLevel, counts: [Int: Int], numId: String) -> String {
        var text = ""
        var characters = definition.text.makeIterator()
        while let character = characters.next() {
            guard character == "%" else {
                text.append(character)
                continue
            }
            guard let next = characters.next() else { break }
            guard let digit = next.wholeNumberValue, digit >= 1 else {
                text.append(character)
                text.append(next)
                continue
            }
            let referenced = numbering.level(numId: numId, level: digit - 1) ?? ListLevel()
            let value = counts[digit - 1] ?? referenced.start
            let format = definition.isLegal ? "decimal" : referenced.format
            text += ListMarkerFormat.format(value, as: format)
        }
        return text
    }

    /// Word puts a tab after a marker by default; in text a space reads the same, and after full-width
    /// punctuation such as 、 or ） nothing is needed.
    private func separator(after marker: String, suffix: ListLevel.Suffix) -> String {
        guard suffix != .nothing, let last = marker.unicodeScalars.last else { return "" }
        let fullWidth = (0x3000...0x303F).contains(last.value) || (0xFF00...0xFFEF).contains(last.value)
        return fullWidth ? "" : " "
    }
}
