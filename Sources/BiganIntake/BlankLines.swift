/// Turns cleaned items back into lines: blank lines kept as empty-text lines, none at the start or
/// end, and one blank line for a run of blanks that had boilerplate removed from it.
enum BlankLines {
    static func normalize(_ items: [CleanedLine]) -> [SourceLine] {
        var lines: [SourceLine] = []
        lines.reserveCapacity(items.count)
        var pendingBlanks: [Int] = []
        var pendingRemoved = false
        for item in items {
            switch item {
            case .text(let line):
                if !lines.isEmpty {
                    let blanks = pendingRemoved ? Array(pendingBlanks.prefix(1)) : pendingBlanks
                    lines += blanks.map { SourceLine(number: $0, text: "") }
                }
                lines.append(line)
                pendingBlanks = []
                pendingRemoved = false
            case .blank(let number):
                pendingBlanks.append(number)
            case .removed, .cut:
                pendingRemoved = true
            case .glue:
                break
            }
        }
        return lines
    }
}
