import Foundation

/// The XDG base folders bigan reads and writes, resolved one way for every command: a variable
/// holding an absolute path is used, anything else (unset, empty, relative) falls back to the
/// default under `$HOME`, as the XDG Base Directory specification says.
public struct ConfigHome: Sendable, Equatable {
    public var environment: [String: String]

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
    }

    /// `$XDG_CONFIG_HOME/bigan`, else `~/.config/bigan`: the user's themes, templates and roles.
    public var configFolder: URL {
        folder(variable: "XDG_CONFIG_HOME", fallback: ".config").appendingPathComponent("bigan")
    }

    /// `$XDG_DATA_HOME/bigan`, else `~/.local/share/bigan`: the default library.
    public var dataFolder: URL {
        folder(variable: "XDG_DATA_HOME", fallback: ".local/share").appendingPathComponent("bigan")
    }

    private func folder(variable: String, fallback: String) -> URL {
        if let value = environment[variable], value.hasPrefix("/") {
            return URL(fileURLWithPath: value)
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent(fallback)
    }
}
