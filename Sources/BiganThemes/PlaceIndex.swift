import BiganText
import Foundation

/// The level of an administrative division.
public enum PlaceLevel: Int, Sendable, Comparable {
    case province = 1, prefecture, county

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    /// How many adcode digits name a place of this level.
    var prefixLength: Int { rawValue * 2 }
}

/// One administrative division: 平凉市, its short form 平凉, its level and adcode.
public struct PlaceName: Sendable, Equatable, Hashable {
    public var adcode: String
    public var full: String
    /// The name without 省/市/县/自治州 …, when that leaves at least two characters.
    public var short: String?
    public var level: PlaceLevel

    /// The name in the same form as `matched` (short when it was a short form).
    public func form(short wantShort: Bool) -> String {
        wantShort ? (short ?? full) : full
    }

    /// Whether `other` is this place, inside it, or holds it.
    public func isRelated(to other: PlaceName) -> Bool {
        let length = min(level.prefixLength, other.level.prefixLength)
        return adcode.prefix(length) == other.adcode.prefix(length)
    }
}

/// The bundled administrative divisions (`Data/admin-divisions.csv`, MIT licence beside it), indexed
/// so that every full name and short form can be found in a text.
public struct PlaceIndex: Sendable {
    public let places: [PlaceName]
    /// Forms by their first character, longest first; each form lists the places it names.
    /// Every name form by the first scalar of its first character, longest first.
    let forms: [UInt32: [(form: String, characters: [Character], isShort: Bool, places: [Int])]]
    let byAdcode: [String: Int]
    /// The first two scalars of every form (see `PhraseMatcher.start`): most places in a text start
    /// no name.
    let starts: Set<UInt64>
    let firsts: ScalarBits

    /// Suffixes stripped to make a short form, longest first.
    static let suffixes = [
        "特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县", "自治旗", "林区", "地区",
        "新区", "矿区", "特区", "省", "市", "县", "区", "旗", "盟",
    ]
    static let ethnicGroups = [
        "土家族", "布依族", "哈尼族", "傈僳族", "拉祜族", "纳西族", "景颇族", "布朗族", "阿昌族", "普米族", "独龙族", "德昂族",
        "基诺族", "撒拉族", "保安族", "东乡族", "裕固族", "哈萨克族", "柯尔克孜族", "塔吉克族", "锡伯族", "维吾尔族",
        "仫佬族", "毛南族", "仡佬族", "达斡尔族", "鄂温克族", "鄂伦春族", "赫哲族", "蒙古族", "朝鲜族", "各族", "回族", "藏族",
        "苗族", "侗族", "彝族", "壮族", "满族", "瑶族", "白族", "傣族", "佤族", "怒族", "羌族", "土族", "京族", "水族", "畲族",
        "黎族",
    ]
    static let placeholderRows: Set<String> = ["市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"]

    /// Reads `admin-divisions.csv` from the data folder; `nicknames` (龙江 for 黑龙江省) are short
    /// forms of the places they name.
    public static func load(data: URL, nicknames: [String: [String]] = [:]) throws -> PlaceIndex {
        let url = data.appendingPathComponent("admin-divisions.csv")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw BiganError(file: "Data/admin-divisions.csv", "无法读取行政区划表")
        }
        return PlaceIndex(csv: text, nicknames: nicknames)
    }

    /// Builds the index from `adcode,name` lines (a header line is skipped).
    public init(csv: String, nicknames: [String: [String]] = [:]) {
        var places: [PlaceName] = []
        for line in csv.split(whereSeparator: \.isNewline) {
            let fields = line.split(separator: ",", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.count == 2, fields[0].count == 12, fields[0].allSatisfy(\.isNumber),
                !Self.placeholderRows.contains(fields[1])
            else { continue }
            places.append(Self.place(adcode: fields[0], name: fields[1]))
        }
        self.init(places: places, nicknames: nicknames)
    }

    init(places: [PlaceName], nicknames: [String: [String]] = [:]) {
        self.places = places
        var table: [String: (isShort: Bool, places: [Int])] = [:]
        for (index, place) in places.enumerated() {
            table[place.full, default: (false, [])].places.append(index)
            if let short = place.short, table[short]?.isShort != false {
                table[short, default: (true, [])].places.append(index)
            }
            for nickname in nicknames[place.full] ?? [] where table[nickname]?.isShort != false {
                table[nickname, default: (true, [])].places.append(index)
            }
        }
        var forms: [UInt32: [(form: String, characters: [Character], isShort: Bool, places: [Int])]] = [:]
        for (form, entry) in table {
            forms[PhraseMatcher.key(form.first!), default: []].append((form, Array(form), entry.isShort, entry.places))
        }
        self.forms = forms.mapValues { $0.sorted { ($0.form.count, $0.form) > ($1.form.count, $1.form) } }
        starts = Set(table.keys.map { PhraseMatcher.start(Array($0), at: 0) })
        firsts = ScalarBits(forms.keys)
        self.byAdcode = Dictionary(places.enumerated().map { ($0.element.adcode, $0.offset) }) { first, _ in first }
    }

    static func place(adcode: String, name: String) -> PlaceName {
        let digits = Array(adcode)
        let level: PlaceLevel =
            digits[2..<6].allSatisfy { $0 == "0" }
            ? .province : digits[4..<6].allSatisfy { $0 == "0" } ? .prefecture : .county
        return PlaceName(adcode: adcode, full: name, short: shortForm(of: name), level: level)
    }

    /// 平凉市 → 平凉, 临夏回族自治州 → 临夏, 新疆维吾尔自治区 → 新疆; nil when under two characters would remain.
    public static func shortForm(of name: String) -> String? {
        guard let suffix = suffixes.first(where: { name.hasSuffix($0) }) else { return nil }
        var short = String(name.dropLast(suffix.count))
        while let group = ethnicGroups.first(where: { short.hasSuffix($0) && short.count > $0.count + 1 }) {
            short = String(short.dropLast(group.count))
        }
        return short.count >= 2 ? short : nil
    }

    /// The place `name` names: a full name first, else the highest-level place with that short form.
    public func resolve(_ name: String) -> PlaceName? {
        guard let first = name.first, let candidates = forms[PhraseMatcher.key(first)] else { return nil }
        guard let entry = candidates.first(where: { $0.form == name }) else { return nil }
        return entry.places.map { places[$0] }.min { $0.level < $1.level }
    }

    /// The place that holds `place` at `level` (甘肃省 for 天水市 at province level).
    public func ancestor(of place: PlaceName, at level: PlaceLevel) -> PlaceName? {
        guard level <= place.level else { return nil }
        let code = String(place.adcode.prefix(level.prefixLength)).padding(toLength: 12, withPad: "0", startingAt: 0)
        return byAdcode[code].map { places[$0] }
    }

    /// Every form that starts at `index` in `characters`, longest first.
    func forms(in characters: [Character], at index: Int) -> [(form: String, isShort: Bool, places: [PlaceName])] {
        guard firsts.contains(PhraseMatcher.key(characters[index])),
            starts.contains(PhraseMatcher.start(characters, at: index)),
            let candidates = forms[PhraseMatcher.key(characters[index])]
        else { return [] }
        return candidates.compactMap { candidate in
            guard PhraseMatcher.matches(candidate.characters, characters, at: index) else { return nil }
            return (candidate.form, candidate.isShort, candidate.places.map { places[$0] })
        }
    }
}
