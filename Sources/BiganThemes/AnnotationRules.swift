import BiganText
import Foundation

/// The tables of `Data/annotations.yaml`: scope cues, function cues, fact patterns, people and places.
public struct AnnotationRules: Codable, Sendable, Equatable {
    public struct ScopeCues: Codable, Sendable, Equatable {
        public var cues: [String]
        public var ignore: [String]?
    }

    public struct LevelCues: Codable, Sendable, Equatable {
        public var level: Scope
        public var cues: [String]
        public var ignore: [String]?
    }

    public struct ScopeRules: Codable, Sendable, Equatable {
        public var office: ScopeCues
        public var department: ScopeCues
        /// Most distinctive first: the first level whose words a paragraph uses is its level.
        public var levels: [LevelCues]
    }

    public struct FunctionRules: Codable, Sendable, Equatable {
        public var threshold: Double
        public var firstSentenceFactor: Double
        public var cues: [String: [String: Double]]
    }

    public struct FactRules: Codable, Sendable, Equatable {
        public var units: [String]
        public var countedLabels: [String]
        public var institutionSuffixes: [String]
        public var nameStops: String
        public var projectSuffixes: [String]
        public var campaigns: [String]
        /// Words that make the place after them a slogan of its own (小康平凉, 数字福建).
        public var sloganWords: [String]
    }

    public var scope: ScopeRules
    public var function: FunctionRules
    public var facts: FactRules
    public var people: PeopleRules
    public var places: PlaceRules

    /// The bundled tables in `Data/annotations.yaml`.
    public static func load(data: URL) throws -> AnnotationRules {
        let url = data.appendingPathComponent("annotations.yaml")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw BiganError(file: "Data/annotations.yaml", "无法读取标注规则表")
        }
        return try YAMLValue.decode(AnnotationRules.self, from: text, file: "Data/annotations.yaml")
    }
}

/// How people are told in a text: a surname, perhaps a given name, and a title (杨秘书长).
public struct PeopleRules: Codable, Sendable, Equatable {
    public var surnames: String
    public var compoundSurnames: [String]
    public var titles: [String]
    public var keepNames: [String]
    public var notAfter: String
    public var notInGivenName: String
    public var notAfterTitle: String
    /// Surnames that are also prepositions (向, 于): before another surname they are the preposition.
    public var prepositions: String
}

/// How places are told in a text (see `PlaceIndex.matches`).
public struct PlaceRules: Codable, Sendable, Equatable {
    public var keep: [String]
    public var keepPhrases: [String]
    public var notShortForms: [String]
    public var notFullNames: [String]
    public var notBeforeChar: String
    /// Literary names of provinces (龙江 for 黑龙江省), by the province's full name.
    public var nicknames: [String: [String]]
}
