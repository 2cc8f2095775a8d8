/// A theme as `bigan themes --json` lists it: name, snippet count, cue words, description.
struct ThemeListing: Codable, Sendable {
    var name: String
    var count: Int
    var keywords: [String]
    var description: String
}

/// An occasion as `bigan templates --json` lists it.
struct TemplateListing: Codable, Sendable {
    var occasion: String
    var file: String
    var parts: [String]
    var aliases: [String]
    var sections: Int
    var length: Int
}

/// A speaker role as `bigan templates --roles --json` lists it.
struct RoleListing: Codable, Sendable {
    var name: String
    var post: String
    var speaksFor: String
    var aliases: [String]
}
