import Foundation

/// A batch of one table's rows, as `bigan library copy` moves a whole library from one engine to
/// another: every stored value, ids included (a copy keeps its ids, so `bigan show ID` shows the
/// same snippet). What an engine derives (search tokens, content keys of snippets) is derived
/// again by the engine that writes.
package enum LibraryRows: Sendable {
    case sources([Source])
    case speeches([Speech])
    case sections([Section])
    case snippets([Snippet])
    case occurrences([Occurrence])
    case tags([Tag])

    /// How many rows an engine reads or writes at a time.
    package static let batchSize = 2_000

    package struct Source: Sendable, Equatable {
        package var id: Int64
        package var path: String
        /// The path's bytes as the system knows them (a GBK name is not UTF-8).
        package var pathBytes: Data
        package var contentHash: Data
        package var encoding: String
        package var size: Int64
        package var importedAt: Date

        package init(
            id: Int64, path: String, pathBytes: Data? = nil, contentHash: Data, encoding: String, size: Int64,
            importedAt: Date
        ) {
            self.id = id
            self.path = path
            self.pathBytes = pathBytes.flatMap { $0.isEmpty ? nil : $0 } ?? Data(path.utf8)
            self.contentHash = contentHash
            self.encoding = encoding
            self.size = size
            self.importedAt = importedAt
        }
    }

    package struct Speech: Sendable, Equatable {
        package var id: Int64
        package var sourceId: Int64
        package var position: Int
        package var title: String?
        package var occasion: String?
        package var line: Int
        /// The level it speaks at (`Scope`'s name), when known.
        package var level: String?

        package init(
            id: Int64, sourceId: Int64, position: Int, title: String?, occasion: String?, line: Int,
            level: String? = nil
        ) {
            self.id = id
            self.sourceId = sourceId
            self.position = position
            self.title = title
            self.occasion = occasion
            self.line = line
            self.level = level
        }
    }

    package struct Section: Sendable, Equatable {
        package var id: Int64
        package var speechId: Int64
        package var parentId: Int64?
        package var level: Int
        package var marker: String?
        package var text: String
        package var line: Int
        package var position: Int

        package init(
            id: Int64, speechId: Int64, parentId: Int64?, level: Int, marker: String?, text: String, line: Int,
            position: Int
        ) {
            self.id = id
            self.speechId = speechId
            self.parentId = parentId
            self.level = level
            self.marker = marker
            self.text = text
            self.line = line
            self.position = position
        }
    }

    package struct Snippet: Sendable, Equatable {
        package var id: Int64
        package var kind: String
        package var text: String
        package var normalizedHash: Data
        package var characterCount: Int
        package var speechId: Int64?
        /// JSON text, as stored.
        package var headingPath: String
        package var position: Int
        package var label: String?
        /// JSON text, as stored.
        package var items: String?
        package var createdAt: Date
        /// Its annotation as `AnnotationRow` keeps it; nil when not annotated.
        package var annotation: AnnotationRow?

        package init(
            id: Int64, kind: String, text: String, normalizedHash: Data, characterCount: Int, speechId: Int64?,
            headingPath: String, position: Int, label: String?, items: String?, createdAt: Date,
            annotation: AnnotationRow? = nil
        ) {
            self.id = id
            self.kind = kind
            self.text = text
            self.normalizedHash = normalizedHash
            self.characterCount = characterCount
            self.speechId = speechId
            self.headingPath = headingPath
            self.position = position
            self.label = label
            self.items = items
            self.createdAt = createdAt
            self.annotation = annotation
        }

        package var contentKey: Int64 { ContentKey.of(dedupKey: normalizedHash) }
    }

    package struct Occurrence: Sendable, Equatable {
        package var id: Int64
        package var snippetId: Int64
        package var speechId: Int64
        package var sectionId: Int64?
        package var line: Int
        package var position: Int
        /// JSON text, as stored.
        package var headingPath: String

        package init(
            id: Int64, snippetId: Int64, speechId: Int64, sectionId: Int64?, line: Int, position: Int,
            headingPath: String
        ) {
            self.id = id
            self.snippetId = snippetId
            self.speechId = speechId
            self.sectionId = sectionId
            self.line = line
            self.position = position
            self.headingPath = headingPath
        }
    }

    package struct Tag: Sendable, Equatable {
        package var snippetId: Int64
        package var theme: String
        package var score: Double
        /// JSON text, as stored.
        package var cues: String
        package var contentKey: Int64

        package init(snippetId: Int64, theme: String, score: Double, cues: String, contentKey: Int64) {
            self.snippetId = snippetId
            self.theme = theme
            self.score = score
            self.cues = cues
            self.contentKey = contentKey
        }
    }
}

/// Writes rows another library exported into an empty library, inside one transaction.
package protocol LibraryRowWriter: Sendable {
    func write(_ rows: LibraryRows) async throws
}
