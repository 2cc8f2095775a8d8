import BiganText

/// Restores the quotes that sites turn into `&;`: they pair up as “ ” in reading order, across lines
/// (a quote may open on one line and close on a later one), and an indented line — the start of a
/// paragraph — starts over, so one lost mark cannot flip every later pair.
struct QuoteRepair: Sendable {
    static let mark = "&;"
    static let markBytes = Array(mark.utf8)

    private var isOpen = false

    /// Repairs one line read in order; `startsParagraph` resets the pairing first.
    mutating func repair(_ text: String, startsParagraph: Bool) -> String {
        if startsParagraph { isOpen = false }
        guard UTF8Search.contains(text, Self.markBytes) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var rest = text[...]
        while let range = rest.firstRange(of: Self.mark) {
            result += rest[rest.startIndex..<range.lowerBound]
            result += isOpen ? "”" : "“"
            isOpen.toggle()
            rest = rest[range.upperBound...]
        }
        result += rest
        return result
    }
}
