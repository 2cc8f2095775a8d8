import BiganText
import BiganThemes

/// The place a speech is for (`--region`), as a known division: its level of government and its
/// family, the places inside it and the places that hold it.
public struct Region: Sendable, Equatable {
    /// The region as the user wrote it.
    public var name: String
    public var place: PlaceName
    /// The level its speeches speak at: a county-level city speaks as a city (我市, 全市).
    public var level: Scope
    /// The province that holds it (itself for a province).
    public var province: PlaceName?
    /// The region and the places that hold it, as a finding names them: 甘肃省天水市.
    public var fullName: String

    /// The division `name` names; throws when the administrative divisions know no such place.
    public init(_ name: String, places: PlaceIndex) throws {
        guard let place = places.resolve(name) else {
            throw BiganError(file: "", "--region：行政区划里没有“\(name)”，请写全称，如 天水市、秦州区、甘肃省")
        }
        self.name = name
        self.place = place
        province = places.ancestor(of: place, at: .province)
        let chain = [PlaceLevel.province, .prefecture].filter { $0 < place.level }.compactMap {
            places.ancestor(of: place, at: $0)
        }
        fullName = (chain + [place]).map(\.full).joined()
        switch place.level {
        case .province: level = .province
        case .prefecture: level = .city
        case .county:
            level = place.full.hasSuffix("市") ? .city : place.full.hasSuffix("区") ? .district : .county
        }
    }

    /// Whether `other` is the region, inside it, or holds it.
    public func holds(_ other: PlaceName) -> Bool {
        other.isRelated(to: place)
    }

    /// Whether its province is an autonomous region, where 全区 is the province speaking.
    var isInAutonomousRegion: Bool {
        province?.full.hasSuffix("自治区") == true
    }
}
