import BiganText
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

    /// Loads the bundled templates and roles, then the user's from `configHome` (see `ConfigHome`);
    /// every theme a template names must be in `knownThemes` (the themes catalogue, bundled and
    /// the user's), nil skips that check.
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
