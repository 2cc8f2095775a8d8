import BiganText
import Foundation

/// The themes snippets are tagged with: the bundled `Data/themes.yaml`, then the user's own file on top.
public struct ThemeTaxonomy: Sendable, Equatable {
    /// The themes in file order (bundled first, then the ones the user added).
    public var themes: [Theme]
    /// How tags are scored and which are kept.
    public var scoring: ThemeScoring
    /// The files read, in the order they were applied.
    public var sources: [String]

    public init(themes: [Theme] = [], scoring: ThemeScoring = .standard, sources: [String] = []) {
        self.themes = themes
        self.scoring = scoring
        self.sources = sources
    }

    /// The bundled taxonomy with the user's `themes.yaml` applied when it exists.
    public static func load(
        resources: ResourceLocator? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> ThemeTaxonomy {
        let locator = try resources ?? ResourceLocator.locate(environment: environment)
        var taxonomy = ThemeTaxonomy()
        try taxonomy.apply(contentsOf: bundledFile(in: locator))
        let user = userFile(environment: environment)
        if FileManager.default.fileExists(atPath: user.path) {
            try taxonomy.apply(contentsOf: user)
        }
        return taxonomy
    }

    /// `Data/themes.yaml` inside the bundled resources.
    public static func bundledFile(in resources: ResourceLocator) -> URL {
        resources.data.appendingPathComponent("themes.yaml")
    }

    /// `$XDG_CONFIG_HOME/bigan/themes.yaml`, else `~/.config/bigan/themes.yaml` (whether or not it exists).
    public static func userFile(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        ConfigHome(environment: environment).configFolder.appendingPathComponent("themes.yaml")
    }

    /// Reads a taxonomy file and applies it: new names add themes, known names are overridden or disabled.
    public mutating func apply(contentsOf url: URL) throws {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw BiganError(file: url.path, "cannot read the theme file as UTF-8 text")
        }
        try apply(yaml: text, file: url.path)
    }

    /// Applies the YAML text of a taxonomy file; `file` names it in errors.
    public mutating func apply(yaml: String, file: String) throws {
        let document = try ThemeFileParser(file: file).parse(yaml)
        for entry in document.entries {
            try merge(entry, file: file)
        }
        document.scoring.apply(to: &scoring)
        sources.append(file)
    }

    /// The theme with this name, if the taxonomy has it.
    public func theme(named name: String) -> Theme? {
        themes.first { $0.name == name }
    }

    /// The theme a user named (`--theme`), or an error that suggests the themes whose names or cues contain it.
    public func resolve(_ name: String) throws -> Theme {
        let wanted = name.trimmingCharacters(in: .whitespaces)
        if let theme = theme(named: wanted) { return theme }
        let close = themes.filter { theme in
            !wanted.isEmpty
                && (theme.name.contains(wanted) || wanted.contains(theme.name) || theme.keywords.contains(wanted))
        }
        let hint =
            close.isEmpty
            ? "run `bigan themes` to list them" : "did you mean " + close.map(\.name).joined(separator: "、") + "?"
        throw BiganError(file: "", "unknown theme “\(name)”; \(hint)")
    }

    /// A short digest of the themes and scoring; when it changes, stored tags are stale (`bigan retag`).
    public var fingerprint: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = (try? encoder.encode(ThemeFingerprintInput(themes: themes, scoring: scoring))) ?? Data()
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return String(hash, radix: 16)
    }
}

private struct ThemeFingerprintInput: Encodable {
    let themes: [Theme]
    let scoring: ThemeScoring
}
