import BiganLibrary
import BiganThemes

/// Where the composer finds snippets: a store implements it (the library in the app), an in-memory
/// list in tests. Compose owns this protocol; the composer knows no store.
public protocol SnippetCatalog: Sendable {
    /// Snippets of the given kinds, best match for `query.themes` first.
    ///
    /// An empty `themes` list asks for any snippets of those kinds. `keywords` are words the
    /// caller would like to see in the text (a catalog may use them for full-text search or
    /// ignore them). The composer scores and picks among what comes back, so a catalog should
    /// return more than it thinks is needed, in a stable order.
    func candidates(_ query: CatalogQuery) async throws -> [CatalogSnippet]
}

/// What the composer asks a catalog for.
public struct CatalogQuery: Sendable, Hashable {
    public var kinds: [SnippetKind]
    public var themes: [String]
    public var keywords: [String]
    /// Only snippets of these scopes (and snippets not yet annotated); nil for any scope.
    public var scopes: [Scope]?
    /// Only snippets from speeches given at this occasion (their first source), in library order;
    /// nil for any. Asked with no themes.
    public var occasion: String?
    public var limit: Int

    public init(
        kinds: [SnippetKind], themes: [String], keywords: [String] = [], scopes: [Scope]? = nil,
        occasion: String? = nil, limit: Int = 80
    ) {
        self.kinds = kinds
        self.themes = themes
        self.keywords = keywords
        self.scopes = scopes
        self.occasion = occasion
        self.limit = limit
    }
}

/// A library snippet as the composer sees it.
public struct CatalogSnippet: Sendable, Equatable {
    public var id: Int64
    public var kind: SnippetKind
    public var text: String
    /// The headings above the snippet in its source speech, outermost first.
    public var headingPath: [String]
    /// Theme name → weight (higher fits better).
    public var themes: [String: Double]
    /// A `set` snippet's counted label, e.g. 四种精神.
    public var label: String?
    /// A `set` snippet's parallel items, e.g. 一是认真负责的精神。
    public var items: [String]?
    /// The title of the speech the snippet was taken from, when known.
    public var speechTitle: String?
    /// The occasion of that speech (总结表彰会 …), when the library could tell it.
    public var occasion: String?
    public var source: DraftSource
    /// Breaks the composer's ties between equal scores: a key of the text in a library (the same
    /// in every library of the same texts, whatever order they were stored in), the id elsewhere.
    public var contentKey: Int64
    /// Its scope, function and facts; nil when the library has not annotated it.
    public var annotation: Annotation?
    /// The level its source speech speaks at, when known.
    public var sourceLevel: Scope?

    public init(
        id: Int64, kind: SnippetKind, text: String, headingPath: [String] = [], themes: [String: Double] = [:],
        label: String? = nil, items: [String]? = nil, speechTitle: String? = nil, occasion: String? = nil,
        source: DraftSource, contentKey: Int64? = nil, annotation: Annotation? = nil, sourceLevel: Scope? = nil
    ) {
        self.id = id
        self.contentKey = contentKey ?? id
        self.kind = kind
        self.text = text
        self.headingPath = headingPath
        self.themes = themes
        self.label = label
        self.items = items
        self.speechTitle = speechTitle
        self.occasion = occasion
        self.source = source
        self.annotation = annotation
        self.sourceLevel = sourceLevel
    }
}
