import Foundation

/// The resource bundle SwiftPM builds from `Templates/`, `Snippets/` and `Data/`, when it can be found.
///
/// `Bundle.module` stops the process when the bundle is missing (a copied binary without its bundle),
/// so this looks in the same places without trapping and lets the caller try others.
public enum BundledResources {
    static let bundleName = "Bigan_BiganResources.resources"

    /// Folders that may hold the bundle: next to the executable, and where this build put it.
    public static var candidateFolders: [URL] {
        var folders: [URL] = []
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        folders.append(executable.deletingLastPathComponent().appendingPathComponent(bundleName))
        folders.append(Bundle.main.bundleURL.appendingPathComponent(bundleName))
        for bundle in Bundle.allBundles where bundle.bundleURL.lastPathComponent == bundleName {
            folders.append(bundle.bundleURL)
        }
        return folders
    }

    /// The package's source root, known at compile time: the fallback for a binary run from a clone.
    public static let sourceRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // BiganResources
        .deletingLastPathComponent()  // Sources
        .deletingLastPathComponent()
}
