import BiganLibrary
import Foundation

/// The writer's side of one import: takes the prepared files in order, stores each through the
/// store's writer, commits when due, and keeps the summary. A file's outcome counts once it is
/// committed, and only then does the progress call it committed.
///
/// A commit that fails on the library itself (a full disk) takes back the whole batch; its files
/// are then stored again one at a time, each committed on its own, so that only the file that did
/// not fit fails and the import stops there.
struct ImportRun: Sendable {
    let plan: ImportFileFinder.Plan
    let summary: ImportSummary
    let handOff: HandOff<LibraryImporter.Item>
    let progress: (@Sendable (ImportProgress) -> Void)?
    let cancellation: ImportCancellation?
    let indexBatchBytes: Int64
    /// Reads and prepares a file again, for a batch taken back by a failed commit.
    let prepareAgain: @Sendable (ImportFileFinder.PlannedFile) -> Result<LibraryImporter.Prepared, any Error>

    /// A file stored in the open batch, not yet committed.
    struct Pending {
        var file: ImportFileFinder.PlannedFile
        /// Nil when the file failed (it is already among the failures).
        var outcome: FileImportOutcome?
    }

    /// What the writer holds between files.
    struct State {
        var summary: ImportSummary
        var progress: ImportProgress
        var pending: [Pending] = []
        /// The library cannot be written any more: the files left are not attempted.
        var stopped = false
    }

    func write(to writer: any ImportWriter) async -> ImportSummary {
        var state = State(
            summary: summary,
            progress: ImportProgress(
                filesDone: 0, filesTotal: plan.files.count, bytesDone: 0, bytesTotal: plan.totalBytes, elapsed: 0,
                file: nil))
        var unindexedBytes: Int64 = 0
        let start = Date()
        progress?(state.progress)
        while let (file, prepared) = await handOff.take() {
            if cancellation?.isCancelled == true {
                state.summary.cancelled = true
                handOff.close()
                break
            }
            state.summary.files += 1
            do {
                switch try prepared.get() {
                case .unchanged: state.pending.append(Pending(file: file, outcome: .unchanged))
                case .ready(let document):
                    state.pending.append(Pending(file: file, outcome: try await writer.store(document)))
                }
            } catch {
                // Nothing of the file is in the batch: it is settled with the batch's commit.
                state.summary.failed.append(
                    ImportFailure(file: file.path.display, error: LibraryImporter.describe(error)))
                state.pending.append(Pending(file: file, outcome: nil))
                if (error as? StoreFailure)?.isLibraryFailure == true { state.stopped = true }
            }
            unindexedBytes += file.size
            state.progress.filesDone += 1
            state.progress.bytesDone += file.size
            state.progress.elapsed = Date().timeIntervalSince(start)
            state.progress.file = file.path.display
            let index = unindexedBytes >= indexBatchBytes
            if index || writer.commitIsDue || state.stopped {
                await commit(writer, index: index, &state)
                if index { unindexedBytes = 0 }
            }
            progress?(state.progress)
            if state.stopped {
                stop(&state)
                break
            }
        }
        await commit(writer, index: true, &state)
        if state.stopped, !state.summary.failed.contains(where: { $0.error.hasPrefix(Self.stoppedPrefix) }) {
            stop(&state)
        }
        progress?(state.progress)
        return state.summary
    }

    static let stoppedPrefix = "导入已停止"

    /// The library cannot be written (a full disk): the other files would fail alike.
    private func stop(_ state: inout State) {
        let rest = plan.files.count - state.summary.files
        state.summary.failed.append(
            ImportFailure(
                file: state.summary.library ?? "library",
                error: "\(Self.stoppedPrefix)，还有 \(rest) 个文件未导入；片段库里只有完整导入的文件"))
        handOff.close()
    }

    /// Commits the batch and settles its files in the summary and the progress.
    private func commit(_ writer: any ImportWriter, index: Bool, _ state: inout State) async {
        let batch = state.pending
        state.pending = []
        do {
            try await writer.commit(index: index)
            for pending in batch { settle(pending, &state) }
        } catch {
            let libraryFailure = (error as? StoreFailure)?.isLibraryFailure == true
            guard libraryFailure, batch.contains(where: { $0.outcome != nil }) else {
                let reason = "未存入：\(LibraryImporter.describe(error))"
                for pending in batch where pending.outcome != nil {
                    state.summary.failed.append(ImportFailure(file: pending.file.path.display, error: reason))
                }
                for pending in batch { settleProgress(pending, &state) }
                if libraryFailure { state.stopped = true }
                return
            }
            await storeOneByOne(batch, writer, &state)
        }
    }

    /// The files of a batch taken back, each stored and committed alone, until one fails on the
    /// library: that file fails, the import stops, and the files after it are not attempted.
    private func storeOneByOne(_ batch: [Pending], _ writer: any ImportWriter, _ state: inout State) async {
        for (position, pending) in batch.enumerated() {
            guard pending.outcome != nil else {
                settleProgress(pending, &state)
                continue
            }
            do {
                var outcome = FileImportOutcome.unchanged
                if case .ready(let document) = try prepareAgain(pending.file).get() {
                    outcome = try await writer.store(document)
                    try await writer.commit(index: true)
                }
                settle(Pending(file: pending.file, outcome: outcome), &state)
            } catch {
                state.summary.failed.append(
                    ImportFailure(file: pending.file.path.display, error: LibraryImporter.describe(error)))
                settleProgress(pending, &state)
                guard (error as? StoreFailure)?.isLibraryFailure == true else { continue }
                state.stopped = true
                let rest = batch.count - position - 1
                state.summary.files -= rest
                return
            }
        }
    }

    private func settle(_ pending: Pending, _ state: inout State) {
        if let outcome = pending.outcome { state.summary.add(outcome) }
        settleProgress(pending, &state)
    }

    private func settleProgress(_ pending: Pending, _ state: inout State) {
        state.progress.filesCommitted += 1
        state.progress.bytesCommitted += pending.file.size
    }
}
