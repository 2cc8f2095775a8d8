/// One level of a Word list (`w:lvl`): where it starts and how its marker is written.
struct ListLevel: Sendable, Equatable {
    /// What follows the marker (`w:suff`).
    enum Suffix: String, Sendable {
        case tab, space, nothing
    }

    var start = 1
    /// `w:numFmt`, e.g. `decimal`, `chineseCounting`, `bullet`.
    var format = "decimal"
    /// `w:lvlText`, e.g. `%1、` or `（%2）`; `%n` stands for level n's number.
    var text = ""
    var suffix = Suffix.tab
    /// `w:isLgl`: every level's number is written in decimal.
    var isLegal = false
}
