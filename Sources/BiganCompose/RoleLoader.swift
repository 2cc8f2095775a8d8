import BiganText
import BiganThemes
import Foundation

/// Reads and validates a roles file (`Data/roles.yaml` or the user's `roles.yaml`).
public struct RoleLoader: Sendable {
    public init() {}

    static let keys = [
        "name", "aliases", "post", "salutation", "speaksFor", "selfReference", "scope", "audience", "leadership",
        "defaultOrg", "closing", "levelWords", "speaksAfterOthers", "level", "voice",
    ]
    static let levels: [Scope] = [.city, .county, .district, .province]
    static let required = ["name", "speaksFor", "selfReference", "scope", "audience", "leadership", "closing"]

    /// The roles in the file at `url`, shown to the user as `file`.
    public func load(contentsOf url: URL, file: String) throws -> [SpeakerRole] {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw BiganError(file: file, "无法读取身份表（是 UTF-8 编码的文字吗？）")
        }
        return try load(yaml: text, file: file)
    }

    /// The roles written in `yaml`: a list of mappings, one per role.
    public func load(yaml: String, file: String) throws -> [SpeakerRole] {
        let root = try YAMLValue.parse(yaml, file: file)
        var names: Set<String> = []
        return try root.sequence().map { item in
            let role = try readRole(item)
            guard names.insert(role.name).inserted else { throw item.error("身份 '\(role.name)' 出现了两次") }
            return role
        }
    }

    func readRole(_ item: YAMLValue) throws -> SpeakerRole {
        let keys = try item.mapping(allowed: Self.keys, required: Self.required)
        func text(_ key: String) throws -> String {
            let value = try keys[key]!.string()
            try TemplateLoader.checkSlots(value, at: keys[key]!)
            return value
        }
        let loader = TemplateLoader(knownThemes: nil)
        let name = try keys["name"]!.string()
        return SpeakerRole(
            name: name,
            aliases: try keys["aliases"]?.strings() ?? [],
            post: try keys["post"]?.string() ?? name,
            salutation: try keys["salutation"].map(loader.text) ?? TextChoice(["同志们："]),
            speaksFor: try text("speaksFor"),
            selfReference: try text("selfReference"),
            scope: try text("scope"),
            audience: try text("audience"),
            leadership: try text("leadership"),
            defaultOrg: try keys["defaultOrg"]?.string(),
            closing: try loader.text(keys["closing"]!),
            levelWords: try keys["levelWords"]?.strings() ?? [],
            speaksAfterOthers: try keys["speaksAfterOthers"]?.bool() ?? false,
            level: try keys["level"].map { try choice($0, among: Self.levels) } ?? .city,
            voice: try keys["voice"].map { try choice($0, among: SpeakerRole.Voice.allCases) } ?? .government)
    }

    /// One of `values`, by its name.
    func choice<Value: RawRepresentable<String>>(_ value: YAMLValue, among values: [Value]) throws -> Value {
        let name = try value.string()
        guard let found = values.first(where: { $0.rawValue == name }) else {
            throw value.error(
                "没有 '\(name)' 这个取值（应是其中之一：\(values.map(\.rawValue).joined(separator: "、"))）")
        }
        return found
    }
}
