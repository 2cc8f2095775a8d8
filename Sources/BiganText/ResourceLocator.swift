import BiganResources
import Foundation

/// Finds the bundled `Templates/`, `Snippets/` and `Data/` folders for a binary run from a clone,
/// from `.build`, or installed elsewhere with its resource bundle beside it.
public struct ResourceLocator: Sendable {
    /// The folder that holds `Templates`, `Snippets` and `Data`.
    public let root: URL

    public init(root: URL) {
        self.root = root
    }

    /// Looks in `$BIGAN_RESOURCES`, beside the executable, in SwiftPM's bundle, then in the source tree.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) throws
        -> ResourceLocator
    {
        var candidates: [URL] = []
        if let explicit = environment["BIGAN_RESOURCES"], !explicit.isEmpty {
            candidates.append(URL(fileURLWithPath: explicit))
        }
        candidates += BundledResources.candidateFolders
        let executableFolder = URL(fileURLWithPath: CommandLine.arguments.first ?? "")
            .resolvingSymlinksInPath().deletingLastPathComponent()
        candidates.append(executableFolder.appendingPathComponent("../share/bigan").standardizedFileURL)
        candidates.append(BundledResources.sourceRoot)
        for candidate in candidates where isResourceRoot(candidate) {
            return ResourceLocator(root: candidate)
        }
        throw BiganError.resourcesMissing(searched: candidates.map(\.path))
    }

    static func isResourceRoot(_ url: URL) -> Bool {
        var isFolder: ObjCBool = false
        let templates = url.appendingPathComponent("Templates").path
        return FileManager.default.fileExists(atPath: templates, isDirectory: &isFolder) && isFolder.boolValue
    }

    public var templates: URL { root.appendingPathComponent("Templates") }
    public var snippets: URL { root.appendingPathComponent("Snippets") }
    public var data: URL { root.appendingPathComponent("Data") }
}
