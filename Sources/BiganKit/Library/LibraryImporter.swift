import Foundation

/// Imports files and folders into a library, one transaction per file: a file that fails
/// changes nothing and the batch goes on.
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

    public init(
        library: SnippetLibrary, annotator: (any SnippetAnnotator)? = DefaultAnnotator.current,
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
            filesDone: 0, filesTotal: plan.files.count, bytesDone: 0, bytesTotal: plan.totalBytes, elapsed: 0, file: nil)
        progress?(state)
        var unindexedBytes: Int64 = 0
        for file in plan.files {
            if cancellation?.isCancelled == true {
                summary.cancelled = true
                break
            }
            summary.files += 1
            do {
                summary.add(try importFile(at: file.path, indexNow: false))
            } catch {
                summary.failed.append(ImportFailure(file: file.path, error: Self.describe(error)))
            }
            unindexedBytes += file.size
            if unindexedBytes >= indexBatchBytes {
                indexBacklog(into: &summary)
                unindexedBytes = 0
            }
            state.filesDone += 1
            state.bytesDone += file.size
            state.elapsed = Date().timeIntervalSince(start)
            state.file = file.path
            progress?(state)
        }
        indexBacklog(into: &summary)
        return summary
    }

    private func indexBacklog(into summary: inout ImportSummary) {
        do {
            try library.indexBacklog()
        } catch {
            // The snippets are stored; the index catches up the next time the library is opened.
            let failure = ImportFailure(file: library.path ?? "library", error: "indexing: \(Self.describe(error))")
            summary.failed.append(failure)
        }
    }

    /// Imports one file; throws when it cannot be read or stored (the library is then unchanged).
    /// With `indexNow` false its new snippets wait for `SnippetLibrary.indexBacklog()`.
    public func importFile(at path: String, indexNow: Bool = true) throws -> FileImportOutcome {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw BiganError(file: path, "cannot read the file")
        }
        try ImportGuard.check(data, isDocx: path.lowercased().hasSuffix(".docx"))
        let fingerprint = FileFingerprint(path: storedPath(for: path), data: data)
        if try library.storedContentHash(path: fingerprint.path) == fingerprint.contentHash { return .unchanged }
        let document = try reader(path)
        try ImportGuard.checkReading(data, as: document.encoding)
        return try library.store(document, fingerprint: fingerprint, annotator: annotator, indexNow: indexNow)
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
        return String(describing: error)
    }
}
