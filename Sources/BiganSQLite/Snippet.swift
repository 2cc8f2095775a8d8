import BiganLibrary
import BiganText
import BiganThemes
import Foundation
import GRDB

/// One distinct reusable text of the library (table `snippet`). Reposts of the same paragraph
/// share one snippet; its occurrences are `SnippetOccurrence`s.
public struct Snippet: Codable, Sendable, Equatable, FetchableRecord, TableRecord {
    public static let databaseTableName = "snippet"

    public var id: Int64
    public var kind: SnippetKind
    /// The text as first written (never normalised).
    public var text: String
    public var characterCount: Int
    /// The speech of the first occurrence.
    public var speechId: Int64?
    /// Texts of the enclosing headings at the first occurrence, outermost first.
    public var headingPath: [String]
    /// Position among the snippets of the first occurrence's speech.
    public var position: Int
    /// A `set`'s label, such as 四种精神.
    public var label: String?
    /// A `set`'s items, in order.
    public var items: [String]?
    public var createdAt: Date
    /// Its annotation: scope and function by name, facts as `kind:text` strings (JSON); nil until annotated.
    public var scope: String?
    public var function: String?
    public var facts: String?

    var annotation: Annotation? { AnnotationRow.annotation(scope: scope, function: function, facts: facts) }
}
