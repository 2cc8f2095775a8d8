import BiganOutline
import BiganText
import Foundation

/// Annotates paragraphs with their scope, function and facts (see `Data/annotations.yaml`),
/// reading the tables once.
public struct ParagraphAnnotator: Sendable {
    let scopes: ScopeReader
    let functions: FunctionReader
    public let facts: FactFinder

    public init(rules: AnnotationRules, places: PlaceIndex) {
        scopes = ScopeReader(rules: rules.scope)
        functions = FunctionReader(rules: rules.function)
        facts = FactFinder(rules: rules, places: places)
    }

    /// The bundled tables and place names.
    public static func load(resources: ResourceLocator) throws -> ParagraphAnnotator {
        let rules = try AnnotationRules.load(data: resources.data)
        return ParagraphAnnotator(
            rules: rules, places: try PlaceIndex.load(data: resources.data, nicknames: rules.places.nicknames))
    }

    /// The annotation of one paragraph of a speech at `speechLevel`.
    public func annotate(_ text: String, speechLevel: Scope?) -> Annotation {
        let characters = Array(text)
        let facts = self.facts.facts(in: characters).map(\.fact)
        let function = functions.function(of: characters)
        let scope = scopes.scope(of: characters) ?? Self.inherited(from: speechLevel)
        return Annotation(scope: scope, function: function, facts: Self.distinct(facts))
    }

    /// What a paragraph without words of its own level says: a national speech speaks for the
    /// nation throughout, a bureau's speech to the bureau; any other paragraph any speaker may say.
    static func inherited(from speechLevel: Scope?) -> Scope {
        speechLevel == .national || speechLevel == .department ? speechLevel! : .generic
    }

    /// The level a speech speaks at, from its title and texts.
    public func level(title: String?, texts: [String]) -> Scope? {
        scopes.level(title: title, texts: texts)
    }

    /// The level of a parsed speech.
    public func level(of speech: Speech) -> Scope? {
        level(title: speech.title, texts: speech.blocks.filter { $0.type != .salutation }.map(\.text))
    }

    /// The scope `text`'s own words show, nil when none.
    public func scope(of text: String) -> Scope? {
        scopes.scope(of: Array(text))
    }

    static func distinct(_ facts: [Fact]) -> [Fact] {
        var seen: Set<Fact> = []
        return facts.filter { seen.insert($0).inserted }
    }
}
