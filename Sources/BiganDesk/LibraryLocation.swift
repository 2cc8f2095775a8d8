import BiganCompose
import BiganLibrary
import BiganSQLite
import BiganText
import BiganThemes
import Foundation

/// A library as the front ends use it: a store, which is also the composer's catalog.
package typealias Library = any SnippetStore & SnippetCatalog

/// Where the library lives: `--library`, else `$BIGAN_LIBRARY`, else
/// `$XDG_DATA_HOME/bigan/library.sqlite` (`~/.local/share/bigan/library.sqlite`).
package struct LibraryLocation: Sendable, Equatable {
    /// How the location was chosen.
    package enum Origin: String, Sendable {
        case option, environment, standard
    }

    package var path: String
    package var origin: Origin

    package init(path: String, origin: Origin) {
        self.path = path
        self.origin = origin
    }

    /// Resolves the location from the `--library` option and the environment.
    package static func resolve(
        option: String?, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> LibraryLocation {
        if let option, !option.isEmpty { return LibraryLocation(path: absolute(option), origin: .option) }
        if let variable = environment["BIGAN_LIBRARY"], !variable.isEmpty {
            return LibraryLocation(path: absolute(variable), origin: .environment)
        }
        return LibraryLocation(path: standardPath(environment: environment), origin: .standard)
    }

    /// `$XDG_DATA_HOME/bigan/library.sqlite`, with XDG's default `~/.local/share`.
    package static func standardPath(environment: [String: String]) -> String {
        ConfigHome(environment: environment).dataFolder.appendingPathComponent("library.sqlite").path
    }

    static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: (path as NSString).expandingTildeInPath).standardizedFileURL.path
    }

    /// Opens the library (`forReading`: for a command that only reads, which opens a library that
    /// cannot be written read-only). The standard library is built from the bundled `Snippets/` on first use,
    /// telling `notify` where it lives; another location is created empty when `create` is true.
    /// `annotator` (the bundled and the user's themes when nil) is only evaluated when the library
    /// is built or annotated (loading themes costs a search's time). `concurrentReads` lets one
    /// command's many queries run on several connections at once (a check's probes).
    package func open(
        create: Bool, forReading: Bool = false, concurrentReads: Bool = false,
        annotator: @autoclosure () throws -> ThemeAnnotator? = nil,
        resources: () throws -> ResourceLocator = { try ResourceLocator.locate() },
        notify: (String) -> Void = { _ in }
    ) async throws -> Library {
        if origin == .standard, !FileManager.default.fileExists(atPath: path) {
            let resources = try resources()
            notify("bigan：正在用自带的 \(resources.snippets.path) 在 \(path) 建立默认片段库……")
            let summary = try await LibraryBootstrap.build(
                at: path, from: resources, annotator: try annotator() ?? ThemeAnnotator.load())
            notify(
                "bigan：默认片段库在 \(path)：文件 \(summary.imported) 个，片段 \(summary.snippets) 条"
                    + (summary.failed.isEmpty ? "" : "，自带文件中有 \(summary.failed.count) 个导入失败"))
        }
        let store = try SQLiteStore.open(
            at: path, create: create, concurrentReads: concurrentReads, forReading: forReading)
        if store.isReadOnly {
            notify("bigan: 片段库只能读取，不能写入（\(path)）；查询照常进行")
        } else if try await store.unannotatedCount() > 0 {
            // A library of an older bigan: its snippets get their scope, function and facts once.
            notify("bigan：正在为 \(path) 的片段库补做标注（它由旧版笔杆写成）……")
            _ = try await store.retag(with: try annotator() ?? ThemeAnnotator.load())
        }
        return store
    }
}
