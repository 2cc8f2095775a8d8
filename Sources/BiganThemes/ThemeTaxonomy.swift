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
    /// Mistakes recovered from: a user file that was skipped, an override naming no theme.
    public var warnings: [BiganError] = []

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
            // A mistake in the user's file skips the whole file: searches and drafts go on with
            // the bundled themes, and the warning says which line to fix.
            var overlaid = taxonomy
            do {
                try overlaid.apply(contentsOf: user)
                taxonomy = overlaid
            } catch let error as BiganError {
                var warning = error
                warning.message += "；这个文件已跳过，暂时只用自带的主题"
                taxonomy.warnings.append(warning)
            }
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
            throw BiganError(file: url.path, "无法按 UTF-8 文字读取主题表")
        }
        try apply(yaml: text, file: url.path)
    }

    /// Applies the YAML text of a taxonomy file; `file` names it in errors.
    public mutating func apply(yaml: String, file: String) throws {
        let document = try ThemeFileParser(file: file).parse(yaml)
        let overlay = !themes.isEmpty
        for entry in document.entries {
            if overlay, let warning = unknownNameWarning(entry, file: file) { warnings.append(warning) }
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
        let hint = NameSuggestion(candidates: themes.map { ($0.name, $0.keywords) })
            .hint(for: wanted, otherwise: "用 bigan themes 可以列出所有主题")
        throw BiganError(file: "", "没有“\(name)”这个主题；\(hint)")
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
