import BiganLibrary
import Foundation

/// One import's writes to a PostgreSQL library: each file in a transaction of its own, committed
/// when it is stored. A server keeps its writes durable itself, so there is nothing to batch:
/// `commit` has nothing left to do, and a writer killed or cut off mid-file leaves nothing of it.
struct PostgresImportWriter: ImportWriter {
    let store: PostgresStore

    func store(_ document: PreparedDocument) async throws -> FileImportOutcome {
        try document.requireParagraph()
        let layout = FileLayout(document)
        do {
            return try await store.transaction { connection, logger in
                try await PostgresFileWriter(connection: connection, logger: logger).store(document, layout: layout)
            }
        } catch {
            throw PostgresFailure.storeFailure(error, address: store.address)
        }
    }

    func commit(index: Bool) async throws {}

    var commitIsDue: Bool { false }
}
