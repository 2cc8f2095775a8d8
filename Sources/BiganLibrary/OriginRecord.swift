import BiganThemes

/// Where a snippet occurs: file, speech title, occasion and level, line.
package struct OriginRecord: Sendable {
    package var snippetId: Int64
    package var path: String
    package var title: String?
    package var occasion: String?
    package var level: Scope?
    package var line: Int

    package init(snippetId: Int64, path: String, title: String?, occasion: String?, level: String? = nil, line: Int) {
        self.snippetId = snippetId
        self.path = path
        self.title = title
        self.occasion = occasion
        self.level = level.flatMap(Scope.init(rawValue:))
        self.line = line
    }

    package var origin: SnippetOrigin { SnippetOrigin(file: path, speech: title, line: line) }
}
