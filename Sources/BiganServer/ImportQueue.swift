import BiganDesk
import BiganImport
import BiganThemes
import Foundation

/// Runs uploaded imports one at a time in the background, in the order they came, while
/// searches and drafts go on; keeps the recent jobs so their progress can be followed.
package actor ImportQueue {
    let library: Library
    let annotator: ThemeAnnotator
    let uploads: URL
    private var jobs: [String: ImportJob] = [:]
    private var order: [String] = []
    private var last: Task<Void, Never>?
    static let keptJobs = 50

    init(library: Library, annotator: ThemeAnnotator, uploads: URL) {
        self.library = library
        self.annotator = annotator
        self.uploads = uploads
    }

    /// Queues an import of `batch` (already unpacked in staging); returns its job at once.
    func submit(_ batch: UploadBatch) -> ImportJob {
        let job = ImportJob(id: UUID().uuidString.lowercased())
        jobs[job.id] = job
        order.append(job.id)
        if order.count > Self.keptJobs { jobs[order.removeFirst()] = nil }
        job.send("queued", json: Data(#"{"files":\#(batch.files.count)}"#.utf8))
        let previous = last
        let importer = LibraryImporter(store: library, annotator: annotator, storedPathBase: uploads)
        let uploads = self.uploads
        last = Task.detached {
            await previous?.value
            await Self.run(batch, job: job, importer: importer, uploads: uploads)
        }
        return job
    }

    func job(_ id: String) -> ImportJob? { jobs[id] }

    /// Returns once every queued import has finished.
    func waitUntilIdle() async { await last?.value }

    /// Moves the files into place, imports them, and sends progress and then the summary.
    static func run(_ batch: UploadBatch, job: ImportJob, importer: LibraryImporter, uploads: URL) async {
        defer { job.finish() }
        var summary: ImportSummary
        do {
            let paths = try batch.moveIntoPlace(under: uploads)
            summary = await importer.run(paths) { progress in
                let event = ProgressEvent(progress, relativeTo: uploads)
                if let data = try? JSONBody.data(event) { job.send("progress", json: data) }
            }
        } catch {
            summary = ImportSummary()
            summary.failed = [ImportFailure(file: uploads.path, error: "无法保存上传的文件：\(error.localizedDescription)")]
        }
        summary.skipped += batch.skipped
        summary = summary.relative(to: uploads)
        job.send("done", json: (try? JSONBody.data(summary)) ?? Data("{}".utf8))
    }
}

/// One `progress` event: files and bytes done of the total, and the file just finished.
struct ProgressEvent: Encodable {
    var filesDone: Int
    var filesTotal: Int
    var bytesDone: Int64
    var bytesTotal: Int64
    var file: String?

    init(_ progress: ImportProgress, relativeTo uploads: URL) {
        filesDone = progress.filesDone
        filesTotal = progress.filesTotal
        bytesDone = progress.bytesDone
        bytesTotal = progress.bytesTotal
        file = progress.file.map { ImportSummary.relative($0, to: uploads) }
    }
}

extension ImportSummary {
    /// The summary with upload paths shown as the writer uploaded them.
    func relative(to uploads: URL) -> ImportSummary {
        var summary = self
        summary.failed = failed.map { ImportFailure(file: Self.relative($0.file, to: uploads), error: $0.error) }
        summary.skipped = skipped.map { SkippedFile(file: Self.relative($0.file, to: uploads), reason: $0.reason) }
        return summary
    }

    static func relative(_ path: String, to uploads: URL) -> String {
        let prefix = uploads.path + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
