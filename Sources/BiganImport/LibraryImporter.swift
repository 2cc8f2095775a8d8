import BiganIntake
import BiganLibrary
import BiganOutline
import BiganText
import BiganThemes
import Foundation

/// Imports files and folders into a store, each file whole or not at all: a file that fails
/// changes nothing and the batch goes on.
///
/// The pipeline reads each file once, checks and decodes its bytes, parses and tags it on
/// `preparingThreads` threads a few files ahead, and hands the prepared files to the store's
/// writer in order. The writer commits every few seconds and brings the full-text index up to
/// date every `indexBatchBytes` of files and at the end.
package struct LibraryImporter: Sendable {
    package var store: any SnippetStore
    /// Nil stores files untagged (tests of storage alone).
    package var annotator: ThemeAnnotator?
    /// When set, files under this folder are stored by their path relative to it
    /// (the bundled corpus is stored as `Snippets/…`); other files by their absolute path.
    package var storedPathBase: URL?
    /// Parses one file already read.
    package var reader: @Sendable (SourceFile) throws -> ParsedDocument
    /// The full-text index is brought up to date after this many bytes of files (and at the end).
    package var indexBatchBytes: Int64 = 8 << 20
    /// Threads that read and parse files ahead of the writer: the writer waits for them otherwise.
    package var preparingThreads = min(ProcessInfo.processInfo.activeProcessorCount, 4)

    package init(
        store: any SnippetStore, annotator: ThemeAnnotator? = nil, storedPathBase: URL? = nil,
        reader: @escaping @Sendable (SourceFile) throws -> ParsedDocument = { try SpeechReader().read($0) }
    ) {
        self.store = store
        self.annotator = annotator
        self.storedPathBase = storedPathBase
        self.reader = reader
    }

    /// What a preparing thread hands over for one file.
    enum Prepared: Sendable {
        case unchanged
        case ready(PreparedDocument)
    }

    typealias Item = (ImportFileFinder.PlannedFile, Result<Prepared, any Error>)

    /// Imports every .txt and .docx file of `paths` (folders recursively), reporting progress after
    /// each file and stopping before the next file once `cancellation` is set.
    package func run(
        _ paths: [String], progress: (@Sendable (ImportProgress) -> Void)? = nil,
        cancellation: ImportCancellation? = nil
    ) async -> ImportSummary {
        let plan = ImportFileFinder().plan(paths)
        var summary = ImportSummary()
        summary.library = store.location
        summary.skipped = plan.skipped
        summary.failed = plan.missing
        let known = (try? await store.storedContentHashes()) ?? [:]
        let handOff = startPreparing(plan.files, known: known, cancellation: cancellation)
        let run = ImportRun(
            plan: plan, summary: summary, handOff: handOff, progress: progress, cancellation: cancellation,
            indexBatchBytes: indexBatchBytes)
        do {
            summary = try await store.withImportWriter { writer in await run.write(to: writer) }
        } catch {
            summary.failed.append(ImportFailure(file: store.location, error: Self.describe(error)))
        }
        if cancellation?.isCancelled == true, summary.files < plan.files.count { summary.cancelled = true }
        handOff.close()
        handOff.waitUntilFinished()
        return summary
    }

    /// Imports one file; throws when it cannot be read or stored (the store is then unchanged).
    package func importFile(at path: String) async throws -> FileImportOutcome {
        let stored = try await store.storedContentHashes()[storedPath(for: path)]
        switch try prepare(path, storedHash: { _ in stored }) {
        case .unchanged: return .unchanged
        case .ready(let prepared):
            return try await store.withImportWriter { writer in
                let outcome = try await writer.store(prepared)
                try await writer.commit(index: true)
                return outcome
            }
        }
    }

    /// Reads, checks and parses the files on `preparingThreads` threads, a few files ahead of the
    /// writer, which takes them in order.
    private func startPreparing(
        _ files: [ImportFileFinder.PlannedFile], known: [String: Data], cancellation: ImportCancellation?
    ) -> HandOff<Item> {
        let threads = max(1, min(preparingThreads, files.count))
        let handOff = HandOff<Item>(sizes: files.map(\.size), producers: threads, capacity: 64, byteBudget: 8 << 20)
        for _ in 0..<threads {
            let thread = Thread { [self] in
                defer { handOff.finish() }
                while cancellation?.isCancelled != true, let index = handOff.claim() {
                    let file = files[index]
                    let result = Result { try prepare(file.path, storedHash: { known[$0] }) }
                    handOff.put((file, result), at: index)
                }
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        return handOff
    }

    /// Everything about one file that needs no database write: its bytes read once and checked,
    /// its fingerprint, its outline, its dedup keys, index tokens and tags.
    func prepare(_ path: String, storedHash: (String) -> Data?) throws -> Prepared {
        let file = try SourceFile.read(path: path)
        let fingerprint = FileFingerprint(path: storedPath(for: path), data: file.data)
        if storedHash(fingerprint.path) == fingerprint.contentHash { return .unchanged }
        let document = try reader(file)
        return .ready(DocumentPreparer(annotator: annotator).prepare(document, fingerprint: fingerprint))
    }

    /// The path a file is stored under: absolute, or relative to `storedPathBase`.
    func storedPath(for path: String) -> String {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        guard let base = storedPathBase?.standardizedFileURL.resolvingSymlinksInPath().path else { return absolute }
        let prefix = base.hasSuffix("/") ? base : base + "/"
        return absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : absolute
    }

    static func describe(_ error: any Error) -> String {
        if let error = error as? BiganError {
            return error.line.map { "第 \($0) 行：\(error.message)" } ?? error.message
        }
        return String(describing: error)
    }
}
