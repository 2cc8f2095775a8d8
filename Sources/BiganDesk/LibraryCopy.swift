import BiganLibrary
import BiganText
import Foundation

/// `bigan library copy`: a whole library moved to another location, either engine to either.
package enum LibraryCopy {
    /// Copies every row of the library at `source` into `target`, which must hold no library or an
    /// empty one; returns the target's counts, checked against the source's. A new SQLite file the
    /// copy could not fill is removed again.
    package static func copy(from source: LibraryLocation, to target: LibraryLocation) async throws -> LibraryStats {
        guard source.path != target.path else {
            throw BiganError(file: target.path, "复制的来源和目标是同一个片段库")
        }
        let created = target.server == nil && !FileManager.default.fileExists(atPath: target.path)
        let from = try await source.open(create: false)
        do {
            let to = try await target.open(create: true)
            do {
                let stats = try await to.copyRows(from: from)
                try await to.close()
                try await from.close()
                return stats
            } catch {
                try? await to.close()
                if created { LibraryBootstrap.removeDatabase(at: target.path) }
                throw error
            }
        } catch {
            try? await from.close()
            throw error
        }
    }
}
