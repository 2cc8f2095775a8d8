import Foundation

/// What the Themes stage adds to an import: theme tags, named parallel sets as `set` snippets,
/// and each speech's occasion.
public struct ThemeAnnotator: SnippetAnnotator {
    public let tagger: ThemeTagger
    let sets = ParallelSetFinder()
    let occasions = OccasionDetector()

    public init(taxonomy: ThemeTaxonomy) {
        self.tagger = ThemeTagger(taxonomy: taxonomy)
    }

    /// The bundled taxonomy plus the user's own file; an error names the file and line.
    public static func load(environment: [String: String] = ProcessInfo.processInfo.environment) throws
        -> ThemeAnnotator
    {
        ThemeAnnotator(taxonomy: try ThemeTaxonomy.load(environment: environment))
    }

    /// Named sets only (四种精神, 五个必须, 四个结合): runs of plain sibling headings are a
    /// document's outline, not a reusable group.
    public func extraSnippets(in speech: Speech) -> [ExtraSnippet] {
        sets.sets(in: speech).filter(\.isNamed).map { set in
            // The heading path stops above the heading that holds the label, as tag(_ set:) reads it.
            ExtraSnippet(
                kind: .set, text: set.text, label: set.label, items: set.items,
                headingPath: Array(set.headingPath.dropLast()), line: set.line)
        }
    }

    public func themes(text: String, headingPath: [String]) -> [ThemeTag] {
        tagger.tag(text: text, headingPath: headingPath)
    }

    public func occasion(of speech: Speech) -> String? {
        occasions.occasion(of: speech)
    }
}
