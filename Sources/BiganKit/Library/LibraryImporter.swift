import Foundation
import GRDB

/// Imports files and folders into a library, one transaction per file: a file that fails
/// changes nothing and the batch goes on.
///
/// A batch reads, parses and annotates the next files on other threads while the current one is
/// written, stores each file in a savepoint of a transaction that commits every few seconds
/// (see `ImportBatch`), and adds new snippets to the full-text index every `indexBatchBytes` and
/// at the end.
public struct LibraryImporter: Sendable {
    public var library: SnippetLibrary
    public var annotator: (any SnippetAnnotator)?
    /// When set, files under this folder are stored by their path relative to it
    /// (the bundled corpus is stored as `Snippets/…`); other files by their absolute path.
    public var storedPathBase: URL?
    /// Reads one file into its outline.
    public var reader: @Sendable (String) throws -> ParsedDocument
    /// New snippets are added to the full-text index after this many bytes of files (and at the end).
    public var indexBatchBytes: Int64 = 8 << 20
    /// Threads that read and parse files ahead of the writer: the writer waits for them otherwise.
    public var preparingThreads = min(ProcessInfo.processInfo.activeProcessorCount, 4)

    public init(
        library: SnippetLibrary, annotator: (any SnippetAnnotator)? = nil,
        storedPathBase: URL? = nil,
        reader: @escaping @Sendable (String) throws -> ParsedDocument = { try SpeechReader().read(path: $0) }
    ) {
        self.library = library
        self.annotator = annotator
        self.storedPathBase = storedPathBase
        self.reader = reader
    }

    /// Imports every .txt and .docx file of `paths` (folders recursively), reporting progress after
    /// each file and stopping before the next file once `cancellation` is set.
    public func run(
        _ paths: [String], progress: ((ImportProgress) -> Void)? = nil, cancellation: ImportCancellation? = nil
    ) -> ImportSummary {
        let plan = ImportFileFinder().plan(paths)
        var summary = ImportSummary()
        summary.library = library.path
        summary.skipped = plan.skipped
        summary.failed = plan.missing
        let start = Date()
        var state = ImportProgress(
            filesDone: 0, filesTotal: plan.files.count, bytesDone: 0, bytesTotal: plan.totalBytes, elapsed: 0, file: nil
        )
        progress?(state)
        let handOff = startPreparing(plan.files, cancellation: cancellation)
        library.dbWriter.writeWithoutTransaction { db in
            // Mapped pages count as resident memory, and an import touches the whole file.
            try? db.execute(sql: "PRAGMA mmap_size = 0")
            // Checkpoints copy what the commits wrote to the log back into the library file; on a
            // large library, one after every commit copied the same index pages over and over.
            try? db.execute(sql: "PRAGMA wal_autocheckpoint = \(SnippetLibrary.importCheckpointPages)")
            defer {
                try? db.execute(sql: "PRAGMA mmap_size = \(SnippetLibrary.readMapSize)")
                try? db.execute(sql: "PRAGMA wal_autocheckpoint = \(SnippetLibrary.checkpointPages)")
            }
            var batch = ImportBatch(db: db, library: library, annotator: annotator)
            var unindexedBytes: Int64 = 0
            while let (file, prepared) = handOff.take() {
                if cancellation?.isCancelled == true {
                    summary.cancelled = true
                    handOff.close()
                    break
                }
                summary.files += 1
                do {
                    try batch.store(prepared.get(), file: file.path)
                } catch {
                    summary.failed.append(ImportFailure(file: file.path, error: Self.describe(error)))
                    if let error = error as? DatabaseError, LibraryFailure(error) != nil { batch.stopped = true }
                }
                unindexedBytes += file.size
                batch.commitIfDue(index: unindexedBytes >= indexBatchBytes, into: &summary)
                if batch.stopped {
                    // The library cannot be written (a full disk): the other files would fail alike.
                    let rest = plan.files.count - summary.files
                    summary.failed.append(
                        ImportFailure(
                            file: library.path ?? "library",
                            error: "import stopped, \(rest) files not attempted; the library holds only whole files"))
                    handOff.close()
                    break
                }
                if unindexedBytes >= indexBatchBytes { unindexedBytes = 0 }
                state.filesDone += 1
                state.bytesDone += file.size
                state.elapsed = Date().timeIntervalSince(start)
                state.file = file.path
                progress?(state)
            }
            batch.commit(index: true, into: &summary)
        }
        if cancellation?.isCancelled == true, summary.files < plan.files.count { summary.cancelled = true }
        handOff.close()
        handOff.waitUntilFinished()
        return summary
    }

    /// Imports one file; throws when it cannot be read or stored (the library is then unchanged).
    /// With `indexNow` false its new snippets wait for `SnippetLibrary.indexBacklog()`.
    public func importFile(at path: String, indexNow: Bool = true) throws -> FileImportOutcome {
        let stored = try library.storedContentHash(path: storedPath(for: path))
        switch try prepare(path, storedHash: { _ in stored }) {
        case .unchanged: return .unchanged
        case .ready(let prepared): return try library.store(prepared, annotator: annotator, indexNow: indexNow)
        }
    }

    /// What a preparing thread hands over for one file.
    enum Prepared: Sendable {
        case unchanged
        case ready(PreparedDocument)
    }

    /// Reads, checks and parses the files on `preparingThreads` threads, a few files ahead of the
    /// writer, which takes them in order.
    private func startPreparing(_ files: [ImportFileFinder.PlannedFile], cancellation: ImportCancellation?)
        -> HandOff<(ImportFileFinder.PlannedFile, Result<Prepared, any Error>)>
    {
        let threads = max(1, min(preparingThreads, files.count))
        let handOff = HandOff<(ImportFileFinder.PlannedFile, Result<Prepared, any Error>)>(
            sizes: files.map(\.size), producers: threads, capacity: 64, byteBudget: 8 << 20)
        let known = (try? library.storedContentHashes()) ?? [:]
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

    /// Everything about one file that needs no database write: its bytes checked, its
    /// fingerprint, its outline and its dedup keys.
    func prepare(_ path: String, storedHash: (String) -> Data?) throws -> Prepared {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw BiganError(file: path, "cannot read the file")
        }
        try ImportGuard.check(data, isDocx: path.lowercased().hasSuffix(".docx"))
        let fingerprint = FileFingerprint(path: storedPath(for: path), data: data)
        if storedHash(fingerprint.path) == fingerprint.contentHash { return .unchanged }
        let document = try reader(path)
        try ImportGuard.checkReading(data, as: document.encoding)
        return .ready(PreparedDocument(document, fingerprint: fingerprint, annotator: annotator))
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
            return error.line.map { "line \($0): \(error.message)" } ?? error.message
        }
        if let error = error as? DatabaseError, let failure = LibraryFailure(error) { return failure.message }
        return String(describing: error)
    }
}
