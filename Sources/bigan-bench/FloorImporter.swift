import Foundation
import GRDB

/// The floor an import is measured against: read each file, decode it, split it into lines and
/// insert every non-empty line into a plain FTS5 table (unicode61), all in one transaction.
/// No parsing, no dedup, no tagging.
struct FloorImporter {
    var database: String

    /// Imports every .txt file under `folder`; returns the number of rows inserted.
    func run(folder: URL) throws -> Int {
        var config = Configuration()
        config.journalMode = .wal
        config.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
        let queue = try DatabaseQueue(path: database, configuration: config)
        try queue.write { db in
            try db.execute(sql: "CREATE VIRTUAL TABLE IF NOT EXISTS line USING fts5(text)")
        }
        var rows = 0
        try queue.write { db in
            let insert = try db.makeStatement(sql: "INSERT INTO line (text) VALUES (?)")
            for file in Self.files(under: folder) {
                for line in try Self.text(of: file).split(whereSeparator: \.isNewline) {
                    let trimmed = line.trimmingCharacters(in: .whitespaces)
                    guard !trimmed.isEmpty else { continue }
                    try insert.execute(arguments: [trimmed])
                    rows += 1
                }
            }
        }
        try queue.close()
        return rows
    }

    /// The .txt files under `folder`, in path order.
    static func files(under folder: URL) -> [URL] {
        let found =
            FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "txt" } ?? []
        return found.sorted { $0.path < $1.path }
    }

    /// The file's text, UTF-8 or else GB18030.
    static func text(of file: URL) throws -> String {
        let data = try Data(contentsOf: file)
        if let text = String(validating: data, as: UTF8.self) { return text }
        guard let text = String(data: data, encoding: CorpusGenerator.gb18030) else {
            throw BenchError("\(file.path): neither UTF-8 nor GB18030")
        }
        return text
    }
}
