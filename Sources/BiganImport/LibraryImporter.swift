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
        await run(paths.map(BytePath.init), progress: progress, cancellation: cancellation)
    }

    /// The same for paths given as bytes (raw arguments, names that are not UTF-8).
    package func run(
        _ paths: [BytePath], progress: (@Sendable (ImportProgress) -> Void)? = nil,
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
            indexBatchBytes: indexBatchBytes,
            prepareAgain: { [self] file in Result { try prepare(file.path, storedHash: { known[$0] }) } })
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
        let path = BytePath(path)
        let stored = try await store.storedContentHashes()[storedPath(for: path).display]
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
    func prepare(_ path: BytePath, storedHash: (String) -> Data?) throws -> Prepared {
        let file = try SourceFile.read(at: path)
        let stored = storedPath(for: path)
        let fingerprint = FileFingerprint(path: stored.display, pathBytes: stored.bytes, data: file.data)
        if storedHash(fingerprint.path) == fingerprint.contentHash { return .unchanged }
        let document = try reader(file)
        return .ready(DocumentPreparer(annotator: annotator).prepare(document, fingerprint: fingerprint))
    }

    /// The path a file is stored under: absolute with links resolved, or relative to
    /// `storedPathBase`; worked out on the name's bytes.
    func storedPath(for path: BytePath) -> BytePath {
        let absolute = path.resolved() ?? Self.absolute(path)
        guard let base = storedPathBase.map({ BytePath($0.standardizedFileURL.path) }) else { return absolute }
        let root = (base.resolved() ?? base).bytes
        let prefix = root.last == UInt8(ascii: "/") ? root : root + [UInt8(ascii: "/")]
        guard absolute.bytes.starts(with: prefix) else { return absolute }
        return BytePath(bytes: Array(absolute.bytes.dropFirst(prefix.count)))
    }

    /// A path that cannot be resolved (it does not exist), made absolute from the working folder.
    static func absolute(_ path: BytePath) -> BytePath {
        guard path.bytes.first != UInt8(ascii: "/") else { return path }
        return BytePath(FileManager.default.currentDirectoryPath).appending(path.bytes)
    }

    static func describe(_ error: any Error) -> String {
        if let error = error as? BiganError {
            return error.line.map { "第 \($0) 行：\(error.message)" } ?? error.message
        }
        return String(describing: error)
    }
}
