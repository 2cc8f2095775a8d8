/// Removes site boilerplate and web chrome from source lines and repairs destroyed quotes.
///
/// Lines keep their original numbers. Blank lines stay as lines with empty text (the outline parser
/// reads paragraph breaks from them), except at the start and end and where boilerplate between them
/// was removed, which leaves a single blank line. Lines that end up empty are dropped.
public struct PageCleaner: Sendable {
    let rules: [CleaningRule]

    public init() {
        self.init(rules: CleaningRules.all)
    }

    init(rules: [CleaningRule]) {
        self.rules = rules
    }

    public func clean(_ lines: [SourceLine]) -> [SourceLine] {
        var items = cleanLines(lines)
        var quotes = QuoteRepair()
        for index in items.indices {
            guard case .text(var line) = items[index] else { continue }
            line.text = quotes.repair(line.text, startsParagraph: Indentation.isIndented(line.text))
            items[index] = .text(line)
        }
        if FragmentJoiner.isBlankLineLayout(items) {
            items = FragmentJoiner().join(items)
        }
        return BlankLines.normalize(items)
    }

    /// The lines as read that cleaning takes out as boilerplate: site stamps, web chrome, a cut-off
    /// tail (what a finished speech must not carry).
    package func boilerplate(in lines: [SourceLine]) -> [SourceLine] {
        let items = cleanLines(lines)
        return lines.enumerated().compactMap { index, line in
            guard !line.text.isEmpty, index >= items.count || items[index] == .removed else { return nil }
            return line
        }
    }

    /// Cleans each line; a trailing region is cut where it holds less text than what was kept before
    /// it (measured in bytes: a licence footer is many short fragment lines).
    func cleanLines(_ lines: [SourceLine]) -> [CleanedLine] {
        let cleaner = LineCleaner(rules: rules)
        var remaining = lines.reduce(0) { $0 + $1.text.utf8.count }
        var kept = 0
        var items: [CleanedLine] = []
        items.reserveCapacity(lines.count)
        for line in lines {
            remaining -= line.text.utf8.count
            var item = cleaner.clean(line)
            if item == .cut {
                if remaining < kept { break }
                item = .removed
            }
            if let line = item.line { kept += line.text.utf8.count }
            items.append(item)
        }
        return items
    }
}
