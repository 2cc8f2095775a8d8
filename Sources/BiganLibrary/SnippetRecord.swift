import BiganThemes

/// A snippet as hits and the composer's catalog read it: id, kind, text, heading path, a set's
/// label and items, its content key and its annotation.
package struct SnippetRecord: Sendable {
    package var id: Int64
    package var kind: SnippetKind
    package var text: String
    package var headingPath: [String]
    package var label: String?
    package var items: [String]?
    package var contentKey: Int64
    package var annotation: Annotation?

    /// A record of the stored columns: the kind's name, the heading path and items as JSON text,
    /// and the annotation as `AnnotationRow` keeps it (nil columns: not annotated).
    package init(
        id: Int64, kind: String, text: String, headingPath: String?, label: String?, items: String?, contentKey: Int64,
        scope: String? = nil, function: String? = nil, facts: String? = nil
    ) {
        self.id = id
        self.kind = SnippetKind(rawValue: kind) ?? .paragraph
        self.text = text
        self.headingPath = JSONArrayText.decode(headingPath)
        self.label = label
        self.items = items.map { JSONArrayText.decode($0) }
        self.contentKey = contentKey
        self.annotation = AnnotationRow.annotation(scope: scope, function: function, facts: facts)
    }
}
