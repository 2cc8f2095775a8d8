import BiganText
import Foundation
import Yams

/// The word lists the rewriters use, read from `Data/rewriting.yaml` (see the comments there).
public struct RewriteRules: Codable, Sendable, Equatable {
    public struct Years: Codable, Sendable, Equatable {
        public var next: [String]
        public var nextAfter: [String]
        public var current: [String]
        public var previous: [String]
        public var pastMarkers: [String]
        public var keep: [Int]
    }

    public struct People: Codable, Sendable, Equatable {
        public var surnames: String
        public var compoundSurnames: [String]
        public var titles: [String]
        public var keepNames: [String]
        public var notAfter: String
        public var notInGivenName: String
        public var notAfterTitle: String
    }

    public struct Places: Codable, Sendable, Equatable {
        public var keep: [String]
        public var keepPhrases: [String]
        public var notShortForms: [String]
        public var notFullNames: [String]
        public var notBeforeChar: String
    }

    public struct Offices: Codable, Sendable, Equatable {
        public var departments: [String]
        public var suffixes: [String]
        public var selfWords: [String]
        public var scopeWords: [String]
        public var partyGroups: [String]
    }

    public struct Style: Codable, Sendable, Equatable {
        public var speechTitles: [String]
        public var reportTitles: [String]
        public var meetingTalk: [String]
        public var headlineVerbs: [String]
    }

    public struct Generic: Codable, Sendable, Equatable {
        public var marks: [String]
    }

    public var years: Years
    public var people: People
    public var places: Places
    public var offices: Offices
    public var voice: [String]
    public var generic: Generic
    public var nationalMarkers: [String]
    public var nationalWords: [String]
    public var datedMarkers: [String]
    public var connectors: [String]
    public var style: Style

    /// Reads the rules from `yaml`, shown to the user as `file`.
    public static func load(yaml: String, file: String) throws -> RewriteRules {
        _ = try YAMLValue.parse(yaml, file: file)  // malformed YAML is reported with its line
        do {
            return try YAMLDecoder().decode(RewriteRules.self, from: yaml)
        } catch {
            throw BiganError(file: file, "cannot read the rewriting rules: \(error)")
        }
    }

    /// The bundled rules in `Data/rewriting.yaml`.
    public static func load(data: URL) throws -> RewriteRules {
        let url = data.appendingPathComponent("rewriting.yaml")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw BiganError(file: "Data/rewriting.yaml", "cannot read the rewriting rules")
        }
        return try load(yaml: text, file: "Data/rewriting.yaml")
    }
}
