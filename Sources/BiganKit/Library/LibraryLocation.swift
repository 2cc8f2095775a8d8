import Foundation

/// Where the library lives: `--library`, else `$BIGAN_LIBRARY`, else
/// `$XDG_DATA_HOME/bigan/library.sqlite` (`~/.local/share/bigan/library.sqlite`).
public struct LibraryLocation: Sendable, Equatable {
    /// How the location was chosen.
    public enum Origin: String, Sendable {
        case option, environment, standard
    }

    public var path: String
    public var origin: Origin

    public init(path: String, origin: Origin) {
        self.path = path
        self.origin = origin
    }

    /// Resolves the location from the `--library` option and the environment.
    public static func resolve(
        option: String?, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> LibraryLocation {
        if let option, !option.isEmpty { return LibraryLocation(path: absolute(option), origin: .option) }
        if let variable = environment["BIGAN_LIBRARY"], !variable.isEmpty {
            return LibraryLocation(path: absolute(variable), origin: .environment)
        }
        return LibraryLocation(path: standardPath(environment: environment), origin: .standard)
    }

    /// `$XDG_DATA_HOME/bigan/library.sqlite`, with XDG's default `~/.local/share`.
    public static func standardPath(environment: [String: String]) -> String {
        let dataHome: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            dataHome = xdg  // XDG: a relative value is invalid and ignored
        } else {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            dataHome = (home as NSString).appendingPathComponent(".local/share")
        }
        return ((dataHome as NSString).appendingPathComponent("bigan") as NSString)
            .appendingPathComponent("library.sqlite")
    }

    static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: (path as NSString).expandingTildeInPath).standardizedFileURL.path
    }

    /// Opens the library. The standard library is built from the bundled `Snippets/` on first use,
    /// telling `notify` where it lives; another location is created empty when `create` is true.
    /// `annotator` is only evaluated when the library is built (loading themes costs a search's time).
    public func open(
        create: Bool, annotator: @autoclosure () throws -> (any SnippetAnnotator)? = nil,
        resources: () throws -> ResourceLocator = { try ResourceLocator.locate() },
        notify: (String) -> Void = { _ in }
    ) throws -> SnippetLibrary {
        if origin == .standard, !FileManager.default.fileExists(atPath: path) {
            let resources = try resources()
            notify("bigan: building the default library at \(path) from the bundled \(resources.snippets.path) …")
            let summary = try LibraryBootstrap.build(at: path, from: resources, annotator: annotator())
            notify(
                "bigan: the default library is at \(path): \(summary.imported) files, \(summary.snippets) snippets"
                    + (summary.failed.isEmpty ? "" : ", \(summary.failed.count) bundled files failed"))
        }
        return try SnippetLibrary.open(at: path, create: create)
    }
}
