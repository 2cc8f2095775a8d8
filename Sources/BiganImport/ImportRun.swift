import BiganLibrary
import Foundation

/// The writer's side of one import: takes the prepared files in order, stores each through the
/// store's writer, commits when due, and keeps the summary. A file's outcome counts once it is
/// committed; a commit that fails turns the files since the last one into failures.
struct ImportRun: Sendable {
    let plan: ImportFileFinder.Plan
    let summary: ImportSummary
    let handOff: HandOff<LibraryImporter.Item>
    let progress: (@Sendable (ImportProgress) -> Void)?
    let cancellation: ImportCancellation?
    let indexBatchBytes: Int64

    func write(to writer: any ImportWriter) async -> ImportSummary {
        var summary = self.summary
        var pending: [(file: String, outcome: FileImportOutcome)] = []
        var stopped = false
        var unindexedBytes: Int64 = 0
        let start = Date()
        var state = ImportProgress(
            filesDone: 0, filesTotal: plan.files.count, bytesDone: 0, bytesTotal: plan.totalBytes, elapsed: 0, file: nil
        )
        progress?(state)
        while let (file, prepared) = await handOff.take() {
            if cancellation?.isCancelled == true {
                summary.cancelled = true
                handOff.close()
                break
            }
            summary.files += 1
            do {
                switch try prepared.get() {
                case .unchanged: pending.append((file.path, .unchanged))
                case .ready(let document): pending.append((file.path, try await writer.store(document)))
                }
            } catch {
                summary.failed.append(ImportFailure(file: file.path, error: LibraryImporter.describe(error)))
                if (error as? StoreFailure)?.isLibraryFailure == true { stopped = true }
            }
            unindexedBytes += file.size
            let index = unindexedBytes >= indexBatchBytes
            let due = index || writer.commitIsDue
            if due, await commit(writer, &pending, index: index, into: &summary) { stopped = true }
            if stopped {
                // The library cannot be written (a full disk): the other files would fail alike.
                let rest = plan.files.count - summary.files
                summary.failed.append(
                    ImportFailure(
                        file: summary.library ?? "library",
                        error: "导入已停止，还有 \(rest) 个文件未处理；片段库里只有完整存入的文件"))
                handOff.close()
                break
            }
            if index { unindexedBytes = 0 }
            state.filesDone += 1
            state.bytesDone += file.size
            state.elapsed = Date().timeIntervalSince(start)
            state.file = file.path
            progress?(state)
        }
        _ = await commit(writer, &pending, index: true, into: &summary)
        return summary
    }

    /// Commits what is pending and adds it to `summary`; returns whether the library itself failed.
    private func commit(
        _ writer: any ImportWriter, _ pending: inout [(file: String, outcome: FileImportOutcome)], index: Bool,
        into summary: inout ImportSummary
    ) async -> Bool {
        defer { pending = [] }
        do {
            try await writer.commit(index: index)
            for (_, outcome) in pending { summary.add(outcome) }
            return false
        } catch {
            let reason = "not stored: \(LibraryImporter.describe(error))"
            summary.failed += pending.map { ImportFailure(file: $0.file, error: reason) }
            return (error as? StoreFailure)?.isLibraryFailure == true
        }
    }
}
