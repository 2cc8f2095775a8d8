import BiganText

/// Fills the marks that template sites leave in sample speeches: XX市 → the region, ××局长 → {姓名}局长,
/// XX局 → the office; any other mark becomes {某} for the writer.
public struct GenericMarkRewriter: Sendable {
    let marks: [String]
    let titles: [String]
    let region: String?
    let province: String?
    let org: String?

    /// What may follow a mark, and what the mark plus it becomes.
    enum Follower {
        case placeSuffix, province, title, office
    }

    static let placeSuffixes = ["市", "县", "区", "州", "镇", "乡", "村"]
    static let officeSuffixes = ["局", "厅", "委", "办", "公司", "单位", "部门", "中心"]

    public init(marks: [String], titles: [String], region: String?, province: String?, org: String?) {
        self.marks = marks.sorted { $0.count > $1.count }
        self.titles = titles.sorted { $0.count > $1.count }
        self.region = region
        self.province = province
        self.org = org
    }

    public func rewrite(_ text: String) -> String {
        guard marks.contains(where: text.utf8Contains) else { return text }
        var out = ""
        var rest = Substring(text)
        while !rest.isEmpty {
            if let mark = marks.first(where: rest.hasPrefix) {
                let after = rest.dropFirst(mark.count)
                let (replacement, consumed) = fill(before: after)
                out += replacement
                rest = after.dropFirst(consumed)
            } else {
                out.append(rest.removeFirst())
            }
        }
        return out
    }

    /// The replacement for a mark followed by `after`, and how many characters of `after` it takes.
    func fill(before after: Substring) -> (String, Int) {
        if after.hasPrefix("省") { return (province ?? region ?? "{地区}", 1) }
        if let suffix = Self.placeSuffixes.first(where: after.hasPrefix) {
            return (region ?? "{地区}", suffix.count)
        }
        if let title = titles.first(where: after.hasPrefix) { return (PersonRewriter.placeholder + title, title.count) }
        if let suffix = Self.officeSuffixes.first(where: after.hasPrefix) { return (org ?? "{单位}", suffix.count) }
        return ("{某}", 0)
    }
}
