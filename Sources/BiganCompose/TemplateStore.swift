import BiganText
import Foundation
import Yams

/// The occasion templates and speaker roles a draft can use: the bundled ones, then the user's
/// from `$XDG_CONFIG_HOME/bigan/` (`templates/*.yaml`, `roles.yaml`), which add to or replace them by name.
public struct TemplateStore: Sendable {
    public var templates: [OccasionTemplate]
    public var roles: [SpeakerRole]
    /// Templates that could not be read, each under the occasion it names (or its file's name):
    /// the other occasions still draft; asking for one of these gives its error.
    public var broken: [BrokenTemplate]

    /// A template file with a mistake, and the occasion it was meant for.
    public struct BrokenTemplate: Sendable {
        public var occasion: String
        /// The file's name without `.yaml`, which a writer may also type.
        public var fileName: String
        public var error: BiganError
    }

    /// A user roles file with a mistake, skipped (the bundled roles stay).
    public var brokenRoles: BiganError?

    public init(
        templates: [OccasionTemplate], roles: [SpeakerRole], broken: [BrokenTemplate] = [],
        brokenRoles: BiganError? = nil
    ) {
        self.templates = templates
        self.roles = roles
        self.broken = broken
        self.brokenRoles = brokenRoles
    }

    /// What was skipped, for warnings: the file, line and mistake of each broken file.
    public var problems: [BiganError] { broken.map(\.error) + (brokenRoles.map { [$0] } ?? []) }

    /// Loads the bundled templates and roles, then the user's from `configHome` (see `ConfigHome`);
    /// every theme a template names must be in `knownThemes` (the themes catalogue, bundled and
    /// the user's), nil skips that check.
    public static func load(resources: ResourceLocator, configHome: URL?, knownThemes: Set<String>?) throws
        -> TemplateStore
    {
        let loader = TemplateLoader(knownThemes: knownThemes)
        var broken: [BrokenTemplate] = []
        var brokenRoles: BiganError?
        var templates: [OccasionTemplate] = []
        for url in try yamlFiles(in: resources.templates) {
            do {
                templates.append(try loader.load(contentsOf: url, file: url.path))
            } catch let error as BiganError {
                broken.append(
                    BrokenTemplate(
                        occasion: Self.occasionName(in: url), fileName: url.deletingPathExtension().lastPathComponent,
                        error: error))
            }
        }
        var roles = try RoleLoader().load(
            contentsOf: resources.data.appendingPathComponent("roles.yaml"), file: "Data/roles.yaml")
        if let configHome {
            for url in try yamlFiles(in: configHome.appendingPathComponent("templates")) {
                let template: OccasionTemplate
                do {
                    template = try loader.load(contentsOf: url, file: url.path)
                } catch let error as BiganError {
                    broken.append(
                        BrokenTemplate(
                            occasion: Self.occasionName(in: url),
                            fileName: url.deletingPathExtension().lastPathComponent, error: error))
                    continue
                }
                templates.removeAll { $0.occasion == template.occasion }
                templates.append(template)
            }
            let userRoles = configHome.appendingPathComponent("roles.yaml")
            if FileManager.default.fileExists(atPath: userRoles.path) {
                do {
                    for role in try RoleLoader().load(contentsOf: userRoles, file: userRoles.path) {
                        roles.removeAll { $0.name == role.name }
                        roles.append(role)
                    }
                } catch let error as BiganError {
                    var warning = error
                    warning.message += "；这个文件已跳过，暂时只用自带的身份"
                    brokenRoles = warning
                }
            }
        }
        // A broken file whose occasion another file still serves is only warned about.
        return TemplateStore(
            templates: templates.sorted { $0.occasion < $1.occasion }, roles: roles, broken: broken,
            brokenRoles: brokenRoles)
    }

    /// The occasion a template file is for: its `occasion:` line when one can be found, else the
    /// file's name without `.yaml`.
    static func occasionName(in url: URL) -> String {
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) where line.hasPrefix("occasion:") {
            let value = line.dropFirst("occasion:".count).trimmingCharacters(in: CharacterSet(charactersIn: " \t\"'\r"))
            if !value.isEmpty { return value }
        }
        return url.deletingPathExtension().lastPathComponent
    }

    /// The template for `occasion` (its name or an alias).
    public func template(for occasion: String) throws -> OccasionTemplate {
        if let found = templates.first(where: { $0.occasion == occasion || $0.aliases.contains(occasion) }) {
            return found
        }
        if let broken = broken.first(where: { $0.occasion == occasion || $0.fileName == occasion }) {
            throw broken.error
        }
        let known = templates.map(\.occasion).joined(separator: "、")
        let hint = NameSuggestion(candidates: templates.map { ($0.occasion, $0.aliases) })
            .hint(for: occasion, otherwise: "可用的场合有：\(known)")
        throw BiganError(file: "", "没有“\(occasion)”这个会议场合的模板；\(hint)")
    }

    /// The role named `name` (or an alias).
    public func role(named name: String) throws -> SpeakerRole {
        if let found = roles.first(where: { $0.name == name || $0.aliases.contains(name) }) {
            return found
        }
        let known = roles.map(\.name).joined(separator: "、")
        let hint = NameSuggestion(candidates: roles.map { ($0.name, $0.aliases) })
            .hint(for: name, otherwise: "可用的身份有：\(known)")
        throw BiganError(file: "", "没有“\(name)”这个讲话人身份；\(hint)")
    }

    static func yamlFiles(in folder: URL) throws -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
            .map { folder.appendingPathComponent($0) }
    }
}
