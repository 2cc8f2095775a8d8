import Foundation
import Yams

/// The occasion templates and speaker roles a draft can use: the bundled ones, then the user's
/// from `$XDG_CONFIG_HOME/bigan/` (`templates/*.yaml`, `roles.yaml`), which add to or replace them by name.
public struct TemplateStore: Sendable {
    public var templates: [OccasionTemplate]
    public var roles: [SpeakerRole]

    public init(templates: [OccasionTemplate], roles: [SpeakerRole]) {
        self.templates = templates
        self.roles = roles
    }

    /// Loads the bundled templates and roles, then the user's; `knownThemes` nil skips the theme check.
    public static func load(resources: ResourceLocator, configHome: URL?, knownThemes: Set<String>?) throws
        -> TemplateStore
    {
        let loader = TemplateLoader(knownThemes: knownThemes)
        var templates = try yamlFiles(in: resources.templates).map {
            try loader.load(contentsOf: $0, file: "Templates/\($0.lastPathComponent)")
        }
        var roles = try RoleLoader().load(
            contentsOf: resources.data.appendingPathComponent("roles.yaml"), file: "Data/roles.yaml")
        if let configHome {
            for url in try yamlFiles(in: configHome.appendingPathComponent("templates")) {
                let template = try loader.load(contentsOf: url, file: url.path)
                templates.removeAll { $0.occasion == template.occasion }
                templates.append(template)
            }
            let userRoles = configHome.appendingPathComponent("roles.yaml")
            if FileManager.default.fileExists(atPath: userRoles.path) {
                for role in try RoleLoader().load(contentsOf: userRoles, file: userRoles.path) {
                    roles.removeAll { $0.name == role.name }
                    roles.append(role)
                }
            }
        }
        return TemplateStore(templates: templates.sorted { $0.occasion < $1.occasion }, roles: roles)
    }

    /// `$XDG_CONFIG_HOME/bigan`, or `~/.config/bigan`.
    public static func configHome(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty {
            return URL(fileURLWithPath: xdg).appendingPathComponent("bigan")
        }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent(".config/bigan")
    }

    /// The theme names listed in `Data/themes.yaml` (a list of `- name: 督查落实` entries, at the top or
    /// under `themes:`), or nil when there is no such file.
    public static func themeNames(inData data: URL) throws -> Set<String>? {
        let url = data.appendingPathComponent("themes.yaml")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
        let root = try YAMLValue.parse(text, file: "Data/themes.yaml").node
        let list = root.sequence ?? root["themes"]?.sequence
        let names = (list.map(Array.init) ?? []).compactMap { $0["name"]?.string ?? $0.string }
        return names.isEmpty ? nil : Set(names)
    }

    /// The template for `occasion` (its name or an alias).
    public func template(for occasion: String) throws -> OccasionTemplate {
        if let found = templates.first(where: { $0.occasion == occasion || $0.aliases.contains(occasion) }) {
            return found
        }
        let known = templates.map(\.occasion).joined(separator: "、")
        throw BiganError(file: "", "no template for occasion '\(occasion)' (known: \(known))")
    }

    /// The role named `name` (or an alias).
    public func role(named name: String) throws -> SpeakerRole {
        if let found = roles.first(where: { $0.name == name || $0.aliases.contains(name) }) {
            return found
        }
        let known = roles.map(\.name).joined(separator: "、")
        throw BiganError(file: "", "no role '\(name)' (known: \(known))")
    }

    static func yamlFiles(in folder: URL) throws -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
            .map { folder.appendingPathComponent($0) }
    }
}
