/// Word's list definitions from `word/numbering.xml`: abstract lists and the numbered instances of them.
struct DocxNumbering: Sendable {
    /// One `w:num`: an instance of an abstract list, with its own counters and overrides.
    struct Instance: Sendable {
        var abstractId = ""
        var startOverrides: [Int: Int] = [:]
        var levelOverrides: [Int: ListLevel] = [:]
    }

    /// abstractNumId → level index → level.
    var abstractLevels: [String: [Int: ListLevel]] = [:]
    /// numId → instance.
    var instances: [String: Instance] = [:]

    static let empty = DocxNumbering()

    /// The level definition a paragraph with `numId` and `level` uses, if the list exists.
    func level(numId: String, level: Int) -> ListLevel? {
        guard let instance = instances[numId] else { return nil }
        var definition = instance.levelOverrides[level] ?? abstractLevels[instance.abstractId]?[level]
        if let start = instance.startOverrides[level] {
            definition = definition ?? ListLevel()
            definition?.start = start
        }
        return definition
    }
}
