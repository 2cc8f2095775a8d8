import BiganOutline
import BiganText
import Foundation

/// What the Themes stage says of a speech: the theme tags of its texts, the scope, function and
/// facts of its paragraphs, its named parallel sets and the occasion it was given at.
public struct ThemeAnnotator: Sendable {
    public let tagger: ThemeTagger
    public let paragraphs: ParagraphAnnotator
    let sets = ParallelSetFinder()
    let occasions = OccasionDetector()

    public init(taxonomy: ThemeTaxonomy, paragraphs: ParagraphAnnotator) {
        self.tagger = ThemeTagger(taxonomy: taxonomy)
        self.paragraphs = paragraphs
    }

    /// The bundled taxonomy plus the user's own file, and the bundled annotation tables; an error
    /// names the file and line.
    public static func load(environment: [String: String] = ProcessInfo.processInfo.environment) throws
        -> ThemeAnnotator
    {
        let resources = try ResourceLocator.locate(environment: environment)
        return ThemeAnnotator(
            taxonomy: try ThemeTaxonomy.load(resources: resources, environment: environment),
            paragraphs: try ParagraphAnnotator.load(resources: resources))
    }

    /// Named sets only (四种精神, 五个必须, 四个结合): runs of plain sibling headings are a
    /// document's outline, not a reusable group.
    public func namedSets(in speech: Speech) -> [ParallelSet] {
        sets.sets(in: speech).filter(\.isNamed)
    }

    public func themes(text: String, headingPath: [String]) -> [ThemeTag] {
        tagger.tag(text: text, headingPath: headingPath)
    }

    public func occasion(of speech: Speech) -> String? {
        occasions.occasion(of: speech)
    }
}
