/// The composer's pick of snippets tagged with several themes: each snippet's scores summed over
/// the themes, best sum first, ties by content key.
///
/// An engine reads each theme's best rows (at most `rowsPerTheme`, best score first, ties by
/// content key) instead of grouping every tagged snippet of a large library: exact while a theme
/// holds fewer rows than that, and otherwise the sums of the best-scored rows of each theme.
package struct ThemeSums {
    private var sums: [Int64: (sum: Double, key: Int64)] = [:]

    package init() {}

    /// How many rows of one theme an engine reads for a catalog query of `limit`.
    package static func rowsPerTheme(limit: Int) -> Int {
        max(limit * 8, 400)
    }

    /// The query's themes without repeats, in the order given: sums added in a fixed order round
    /// alike in every run.
    package static func distinct(_ themes: [String]) -> [String] {
        var seen: Set<String> = []
        return themes.filter { seen.insert($0).inserted }
    }

    /// Adds one tag row of a theme.
    package mutating func add(snippetId: Int64, score: Double, contentKey: Int64) {
        sums[snippetId, default: (0, contentKey)].sum += score
    }

    /// The ids of the `limit` best sums, best first.
    package func best(_ limit: Int) -> [Int64] {
        sums.sorted { $0.value.sum != $1.value.sum ? $0.value.sum > $1.value.sum : $0.value.key < $1.value.key }
            .prefix(limit).map(\.key)
    }
}
