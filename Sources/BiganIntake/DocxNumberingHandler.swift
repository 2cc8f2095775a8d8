/// Reads `word/numbering.xml` into a `DocxNumbering`.
final class DocxNumberingHandler: XMLPartHandler {
    private(set) var numbering = DocxNumbering()
    private var abstractId: String?
    private var numId: String?
    private var instance = DocxNumbering.Instance()
    private var overrideLevel: Int?
    private var levelIndex: Int?
    private var level = ListLevel()

    override func didStart(_ name: String, attributes: [String: String]) {
        let value = Self.attribute("val", in: attributes)
        switch (parentName, name) {
        case (_, "abstractNum"):
            abstractId = Self.attribute("abstractNumId", in: attributes)
        case (_, "num"):
            numId = Self.attribute("numId", in: attributes)
            instance = DocxNumbering.Instance()
        case ("num", "abstractNumId"):
            instance.abstractId = value ?? ""
        case ("num", "lvlOverride"):
            overrideLevel = Self.attribute("ilvl", in: attributes).flatMap { Int($0) }
        case ("lvlOverride", "startOverride"):
            if let overrideLevel, let start = value.flatMap({ Int($0) }) {
                instance.startOverrides[overrideLevel] = start
            }
        case (_, "lvl"):
            levelIndex = Self.attribute("ilvl", in: attributes).flatMap { Int($0) }
            level = ListLevel()
        case ("lvl", _):
            readLevelProperty(name, value: value)
        default:
            break
        }
    }

    private func readLevelProperty(_ name: String, value: String?) {
        switch name {
        case "start": level.start = value.flatMap { Int($0) } ?? level.start
        case "numFmt": level.format = value ?? level.format
        case "lvlText": level.text = value ?? ""
        case "suff": level.suffix = value.flatMap(ListLevel.Suffix.init(rawValue:)) ?? .tab
        case "isLgl": level.isLegal = value.map { !["0", "false", "off"].contains($0) } ?? true
        default: break
        }
    }

    override func didEnd(_ name: String) {
        switch (parentName, name) {
        case ("abstractNum", "lvl"):
            if let abstractId, let levelIndex { numbering.abstractLevels[abstractId, default: [:]][levelIndex] = level }
        case ("lvlOverride", "lvl"):
            if let overrideLevel { instance.levelOverrides[overrideLevel] = level }
        case (_, "num"):
            if let numId { numbering.instances[numId] = instance }
        default:
            break
        }
    }
}
