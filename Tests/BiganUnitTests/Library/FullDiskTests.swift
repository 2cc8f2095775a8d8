import Foundation
import Testing

@testable import BiganImport
@testable import BiganIntake
@testable import BiganLibrary
@testable import BiganOutline

/// A writer on a disk that holds `capacity` files: a commit that would go past it fails as a full
/// disk does, taking back its whole batch.
final class SmallDiskWriter: ImportWriter, @unchecked Sendable {
    private let lock = NSLock()
    private let capacity: Int
    private var batch: [String] = []
    private var kept: [String] = []

    init(capacity: Int) { self.capacity = capacity }

    var committed: [String] { lock.withLock { kept } }

    func store(_ document: PreparedDocument) async throws -> FileImportOutcome {
        lock.withLock { batch.append(document.fingerprint.path) }
        return .imported(FileImportCounts())
    }

    func commit(index: Bool) async throws {
        try lock.withLock {
            defer { batch = [] }
            guard kept.count + batch.count <= capacity else {
                throw StoreFailure("the disk is full", isLibraryFailure: true)
            }
            kept += batch
        }
    }

    var commitIsDue: Bool { false }
}

@Suite struct FullDiskTests {
    static func prepared(_ name: String) -> LibraryImporter.Prepared {
        let document = ParsedDocument(
            file: name, encoding: .utf8,
            speeches: [
                Speech(title: nil, blocks: [Block(type: .paragraph, text: "\(name)的段落。", part: .body, line: 1)])
            ],
            diagnostics: [])
        return .ready(
            DocumentPreparer(annotator: nil).prepare(
                document, fingerprint: FileFingerprint(path: name, data: Data(name.utf8))))
    }

    /// Runs ten files through one batch on a disk that holds `capacity` of them.
    static func run(capacity: Int) async -> (ImportSummary, SmallDiskWriter, [ImportProgress]) {
        let names = (0..<10).map { "f\($0).txt" }
        let plan = ImportFileFinder.Plan(
            files: names.map { ImportFileFinder.PlannedFile(path: BytePath($0), size: 100) })
        let handOff = HandOff<LibraryImporter.Item>(
            sizes: plan.files.map(\.size), producers: 1, capacity: 64, byteBudget: 1 << 20)
        for (index, file) in plan.files.enumerated() {
            _ = handOff.claim()
            handOff.put((file, .success(prepared(file.path.display))), at: index)
        }
        handOff.finish()
        let seen = ProgressLog()
        let run = ImportRun(
            plan: plan, summary: ImportSummary(), handOff: handOff, progress: { seen.add($0, committed: 0) },
            cancellation: nil, indexBatchBytes: 1 << 40, prepareAgain: { .success(prepared($0.path.display)) })
        let writer = SmallDiskWriter(capacity: capacity)
        let summary = await run.write(to: writer)
        return (summary, writer, seen.entries.map(\.progress))
    }

    @Test func aFullDiskFailsOnlyTheFileThatDidNotFit() async {
        let (summary, writer, progress) = await Self.run(capacity: 6)
        #expect(writer.committed == (0..<6).map { "f\($0).txt" })
        #expect(summary.imported == 6)
        #expect(summary.failed.map(\.file) == ["f6.txt", "library"])
        #expect(summary.failed.last?.error.hasPrefix("导入已停止，还有 3 个文件未导入") == true)
        #expect(progress.last.map { $0.filesCommitted >= 6 } == true)
    }

    @Test func aBatchThatFitsIsCommittedWhole() async {
        let (summary, writer, progress) = await Self.run(capacity: 10)
        #expect(writer.committed.count == 10 && summary.imported == 10 && summary.failed.isEmpty)
        #expect(progress.contains { $0.filesDone == 10 && $0.filesCommitted == 0 })
        #expect(progress.last?.filesCommitted == 10)
    }
}
