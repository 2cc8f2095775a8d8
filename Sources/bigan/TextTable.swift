/// Rows printed in columns lined up by display width (a Han character takes two columns), so
/// Chinese tables line up where tabs would not.
struct TextTable {
    var rows: [[String]]
    var gap = "  "

    /// The rows with each column but the last padded to its widest cell.
    func render() -> String {
        let columns = rows.map(\.count).max() ?? 0
        var widths = Array(repeating: 0, count: columns)
        for row in rows {
            for (index, cell) in row.enumerated() where index < columns - 1 {
                widths[index] = max(widths[index], DisplayWidth.columns(of: cell))
            }
        }
        return rows.map { row in
            row.enumerated().map { index, cell in
                guard index < row.count - 1 else { return cell }
                return cell + String(repeating: " ", count: widths[index] - DisplayWidth.columns(of: cell)) + gap
            }.joined()
        }.joined(separator: "\n")
    }
}
