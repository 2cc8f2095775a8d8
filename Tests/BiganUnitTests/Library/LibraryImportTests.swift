import Foundation
import GRDB
import Testing

@testable import BiganCompose
@testable import BiganDesk
@testable import BiganImport
@testable import BiganIntake
@testable import BiganLibrary
@testable import BiganOutline
@testable import BiganSQLite
@testable import BiganText
@testable import BiganThemes

@Suite struct LibraryImportTests {
    @Test func bundledCorpusImportsWithoutFailures() async throws {
        let library = try SQLiteStore.inMemory()
        let summary = await LibraryImporter(store: library).run([try BundledCorpus.snippets])
        let stats = try await library.stats()
        #expect(summary.failed.isEmpty)
        #expect(summary.files >= 15)
        #expect(summary.imported == summary.files)
        #expect(summary.speeches >= summary.files)
        #expect(summary.snippets >= 1000)
        #expect(stats.snippets == summary.snippets)
        #expect(stats.sources == summary.snippets + summary.duplicates)
        #expect(summary.skipped.contains { $0.file.hasSuffix("README.md") })
    }

    @Test func secondImportChangesNothing() async throws {
        let library = try SQLiteStore.inMemory()
        let importer = LibraryImporter(store: library)
        let first = await importer.run([try BundledCorpus.snippets])
        let before = try await library.stats()
        let second = await importer.run([try BundledCorpus.snippets])
        #expect(second.unchanged == first.files)
        #expect(second.imported == 0 && second.snippets == 0 && second.duplicates == 0)
        #expect(try await library.stats() == before)
    }

    @Test func repostedParagraphIsStoredOnceWithEverySource() async throws {
        let folder = try TemporaryFolder()
        let shared = "要进一步增强服务意识，切实提高办事效率。"
        try folder.write("a.txt", "第一篇的开头段落。\n\(shared)\n")
        try folder.write("b.txt", "第二篇不同的段落。\n\n  \(shared.replacingOccurrences(of: "，", with: ","))\n")
        let library = try SQLiteStore.inMemory()
        let summary = await LibraryImporter(store: library).run([folder.url.path])
        #expect(summary.imported == 2)
        #expect(summary.duplicates == 1)
        let hits = try await library.search(SearchQuery("服务意识"))
        #expect(hits.count == 1)
        let detail = try #require(try await library.detail(id: hits[0].id))
        #expect(Set(detail.sources.map { URL(fileURLWithPath: $0.file).lastPathComponent }) == ["a.txt", "b.txt"])
        #expect(detail.sources.map(\.line) == [2, 3])
        #expect(hits[0].sourceCount == 2)
    }

    @Test func aRepostOfTheSeedAddsSourcesNotSnippets() async throws {
        let repost = try #require(
            Bundle.module.url(forResource: "repost", withExtension: "txt", subdirectory: "Fixtures/Library"))
        let library = try SQLiteStore.inMemory()
        let seed = try BundledCorpus.snippets + "/000_e5d90ddf2f1f2905.txt"
        let summary = await LibraryImporter(store: library).run([seed, repost.path])
        #expect(summary.imported == 2 && summary.duplicates >= 1)
        let hit = try #require(try await library.search(SearchQuery("召开这次会议")).first)
        #expect(hit.sourceCount == 2)
        #expect(try await library.detail(id: hit.id)?.sources.last?.file == repost.resolvingSymlinksInPath().path)
    }

    @Test func changedFileReplacesItsEarlierVersion() async throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("a.txt", "保留的段落讲督查落实。\n将被删除的段落讲廉洁自律。\n")
        let library = try SQLiteStore.inMemory()
        let importer = LibraryImporter(store: library)
        _ = await importer.run([file])
        let keptId = try #require(try await library.search(SearchQuery("督查")).first?.id)
        try folder.write("a.txt", "保留的段落讲督查落实。\n新增的段落讲政务公开。\n")
        let summary = await importer.run([file])
        #expect(summary.imported == 1)
        #expect(try await library.search(SearchQuery("廉洁")).isEmpty)
        #expect(try await library.search(SearchQuery("政务公开")).count == 1)
        #expect(try await library.search(SearchQuery("督查")).map(\.id) == [keptId])
        let stats = try await library.stats()
        #expect(stats.files == 1 && stats.snippets == 2 && stats.sources == 2)
    }

    @Test func changedHeadingsRetagTheParagraphsUnderThem() async throws {
        let folder = try TemporaryFolder()
        let paragraph = "各单位要切实加强组织领导，认真抓好各项任务落实。"
        let file = try folder.write("a.txt", "关于近期工作的讲话\n\n一、扩大对外开放\n\n\(paragraph)\n")
        let library = try SQLiteStore.inMemory()
        let importer = LibraryImporter(store: library, annotator: try ThemeAnnotator.load(environment: [:]))
        _ = await importer.run([file])
        let id = try #require(try await library.search(SearchQuery("组织领导")).first?.id)
        let before = try #require(try await library.detail(id: id)).themes.map(\.theme)
        #expect(before.contains("对外开放"))
        try folder.write("a.txt", "关于近期工作的讲话\n\n一、生态环境保护\n\n\(paragraph)\n")
        #expect(await importer.run([file]).imported == 1)
        let detail = try #require(try await library.detail(id: id))
        #expect(detail.headingPath == ["一、生态环境保护"])
        #expect(!detail.themes.map(\.theme).contains("对外开放"))
        #expect(detail.themes.map(\.theme).contains("生态环保"))
    }

    @Test func namesThatAreNotUTF8AreImportedByFileAndByFolder() async throws {
        let folder = try TemporaryFolder()
        let gbk = BytePath(folder.url.path).appending([0xBD, 0xB2, 0xBB, 0xB0] + Array(".txt".utf8))
        let escape = BytePath(folder.url.path).appending(Array("esc\u{1B}[31mred.txt".utf8))
        for (path, text) in [(gbk, "讲话的段落讲督查落实。\n"), (escape, "另一篇的段落讲廉洁自律。\n")] {
            let descriptor = path.withCString { open($0, O_WRONLY | O_CREAT, 0o644) }
            _ = Array(text.utf8).withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            close(descriptor)
        }
        let library = try SQLiteStore.inMemory()
        let importer = LibraryImporter(store: library)
        let byFolder = await importer.run([BytePath(folder.url.path)])
        #expect(byFolder.imported == 2 && byFolder.failed.isEmpty, "\(byFolder.failed)")
        let byFile = await importer.run([gbk, escape])
        #expect(byFile.unchanged == 2 && byFile.imported == 0)
        let root = try #require(BytePath(folder.url.path).resolved())
        let stored = try await library.dbWriter.read { db in
            try Row.fetchAll(db, sql: "SELECT path, pathBytes FROM source ORDER BY path").map {
                ($0[0] as String, [UInt8]($0[1] as Data))
            }
        }
        #expect(stored.map(\.0) == [root.display + "/esc\u{1B}[31mred.txt", root.display + "/讲话.txt"])
        #expect(stored.map(\.1) == [root.appending(Array(escape.name)).bytes, root.appending(Array(gbk.name)).bytes])
        let hit = try #require(try await library.search(SearchQuery("督查")).first)
        #expect(hit.source?.file == root.display + "/讲话.txt")
    }

    @Test func theProgressCallsCommittedOnlyWhatTheLibraryHolds() async throws {
        let folder = try TemporaryFolder()
        for index in 0..<6 { try folder.write("f\(index).txt", "第\(index)篇的段落讲督查落实，编号\(index)。\n") }
        let path = folder.path("library.sqlite")
        let library = try SQLiteStore.open(at: path)
        let seen = ProgressLog()
        // Large batches: nothing is committed before the end, though every file is read and stored.
        var importer = LibraryImporter(store: library)
        importer.indexBatchBytes = 1 << 40
        let summary = await importer.run(
            [folder.url.path],
            progress: { progress in
                let committed =
                    (try? DatabaseQueue(path: path).read { db in
                        try Int.fetchOne(db, sql: "SELECT count(*) FROM source") ?? 0
                    }) ?? -1
                seen.add(progress, committed: committed)
            })
        #expect(summary.imported == 6)
        let entries = seen.entries
        #expect(entries.allSatisfy { $0.progress.filesCommitted <= $0.committed })
        #expect(entries.contains { $0.progress.filesDone == 6 && $0.progress.filesCommitted == 0 })
        #expect(entries.last?.progress.filesCommitted == 6)
    }

    @Test func replacingAFileMovesASharedSnippetToItsOtherSource() async throws {
        let library = try SQLiteStore.inMemory()
        let shared = DocumentBuilder.paragraph("共享的段落讲督查工作。", line: 2)
        let a = DocumentBuilder.document("a.txt", [DocumentBuilder.heading("一、甲", line: 1), shared])
        let b = DocumentBuilder.document("b.txt", [DocumentBuilder.heading("二、乙", line: 1), shared])
        try await DocumentBuilder.store(a, in: library)
        try await DocumentBuilder.store(b, in: library)
        try await DocumentBuilder.store(
            DocumentBuilder.document("a.txt", [DocumentBuilder.paragraph("甲的新段落。", line: 1)]),
            in: library, content: "v2")
        let hit = try #require(try await library.search(SearchQuery("督查")).first)
        #expect(hit.headingPath == ["二、乙"])
        #expect(hit.source?.file == "b.txt")
        #expect(try await library.search(SearchQuery("乙")).map(\.id) == [])  // heading alone never matches
    }

    @Test func aBatchWithBadFilesImportsTheGoodOne() async throws {
        let folder = try TemporaryFolder()
        let good = try folder.write("good.txt", "同志们：\n这是一份正常的讲话稿，讲督查落实。\n")
        try folder.write("empty.txt", "")
        try folder.write("noise.txt", Data((0..<4096).map { _ in UInt8.random(in: 0...255) }))
        try folder.write("broken.docx", Data("PK\u{3}\u{4}not really a zip".utf8))
        try folder.write("truncated.txt", Data(Array("这是被截断的讲话".utf8).dropLast(1)))
        let library = try SQLiteStore.inMemory()
        let summary = await LibraryImporter(store: library).run([folder.url.path])
        let failed = Set(summary.failed.map { URL(fileURLWithPath: $0.file).lastPathComponent })
        #expect(failed == ["empty.txt", "noise.txt", "broken.docx", "truncated.txt"])
        #expect(summary.imported == 1)
        let alone = try SQLiteStore.inMemory()
        _ = await LibraryImporter(store: alone).run([good])
        var expected = try await alone.stats(), actual = try await library.stats()
        expected.size = 0
        actual.size = 0
        #expect(actual == expected)
    }

    /// One byte check: `bigan parse` (the speech reader) and `bigan import` refuse the same files
    /// with the same words, a cut-off file and a named pipe among them.
    @Test func parseAndImportGiveTheSameAnswer() async throws {
        let folder = try TemporaryFolder()
        let files = [
            try folder.write("cut.txt", Data(Array("这是被截断的讲话".utf8).dropLast(1))),
            try folder.write("odd.txt", Data([0xFF, 0xFE, 0x2D, 0x4E, 0x87])),
            try folder.write("controls.txt", Data("文本\u{1}\u{2}\u{3}内容".utf8)),
            try folder.write("blank.txt", " \n\t\n"),
        ]
        let pipe = folder.path("pipe.txt")
        #expect(mkfifo(pipe, 0o600) == 0)
        for file in files + [pipe] {
            let parseError = try #require(throws: BiganError.self) { try SpeechReader().read(path: file) }
            let summary = await LibraryImporter(store: try SQLiteStore.inMemory()).run([file])
            #expect(summary.failed == [ImportFailure(file: file, error: parseError.message)], "\(file)")
        }
    }

    @Test func aFailingReaderLeavesNoTrace() async throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("a.txt", "一段文字。\n")
        let library = try SQLiteStore.inMemory()
        let importer = LibraryImporter(
            store: library,
            reader: { file in
                throw BiganError(file: file.path, line: 3, "cannot be parsed")
            })
        let summary = await importer.run([file])
        #expect(summary.failed == [ImportFailure(file: file, error: "第 3 行：cannot be parsed")])
        #expect(try await library.stats().files == 0)
    }

    @Test func hiddenAndOtherFilesAreSkipped() async throws {
        let folder = try TemporaryFolder()
        try folder.write(".hidden.txt", "隐藏文件。\n")
        try folder.write(".git/config.txt", "隐藏目录。\n")
        try folder.write("picture.png", Data([0x89, 0x50, 0x4E, 0x47]))
        try folder.write("sub/ok.TXT", "子目录里的讲话。\n")
        let summary = await LibraryImporter(store: try SQLiteStore.inMemory()).run([folder.url.path])
        #expect(summary.imported == 1)
        #expect(
            Set(summary.skipped.map { URL(fileURLWithPath: $0.file).lastPathComponent }) == [
                ".hidden.txt", ".git", "picture.png",
            ])
    }

    @Test func cancellationStopsBetweenFiles() async throws {
        let folder = try TemporaryFolder()
        for index in 1...3 { try folder.write("\(index).txt", "第\(index)篇讲话的段落。\n") }
        let cancellation = ImportCancellation()
        let summary = await LibraryImporter(store: try SQLiteStore.inMemory()).run(
            [folder.url.path], progress: { if $0.filesDone == 1 { cancellation.cancel() } }, cancellation: cancellation)
        #expect(summary.cancelled)
        #expect(summary.files == 1 && summary.imported == 1)
    }

    @Test func headingsBecomeSectionsAndHeadingPaths() async throws {
        let library = try SQLiteStore.inMemory()
        try await DocumentBuilder.store(
            DocumentBuilder.document(
                "a.txt",
                [
                    DocumentBuilder.paragraph("开场的话。", part: .opening, line: 1),
                    DocumentBuilder.heading("一、总体要求", line: 2),
                    DocumentBuilder.heading("（一）加强督查", level: 2, line: 3),
                    DocumentBuilder.paragraph("督查段落。", line: 4),
                    DocumentBuilder.heading("二、工作安排", line: 5),
                    DocumentBuilder.paragraph("安排段落。", line: 6),
                    DocumentBuilder.paragraph("谢谢大家。", part: .closing, line: 7),
                ]), in: library)
        let kinds = try await library.stats().kinds
        #expect(kinds["opening"] == 1 && kinds["closing"] == 1 && kinds["paragraph"] == 2)
        #expect(try await library.search(SearchQuery("督查")).first?.headingPath == ["一、总体要求", "（一）加强督查"])
        #expect(try await library.search(SearchQuery("安排段落")).first?.headingPath == ["二、工作安排"])
        let detail = try #require(try await library.detail(id: try await library.search(SearchQuery("督查段落"))[0].id))
        #expect(detail.before?.text == "开场的话。")
        #expect(detail.after?.text == "安排段落。")
        #expect(try await library.stats().headings == 3)
    }
}

@Suite struct DraftRecordTests {
}

/// Progress reports with the number of files another connection saw committed at the time.
final class ProgressLog: @unchecked Sendable {
    private let lock = NSLock()
    private var collected: [(progress: ImportProgress, committed: Int)] = []
    func add(_ progress: ImportProgress, committed: Int) { lock.withLock { collected.append((progress, committed)) } }
    var entries: [(progress: ImportProgress, committed: Int)] { lock.withLock { collected } }
}
