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
    public var offices: Offices
    public var voice: [String]
    public var generic: Generic
    public var connectors: [String]
    public var style: Style

    /// Reads the rules from `yaml`, shown to the user as `file`.
    public static func load(yaml: String, file: String) throws -> RewriteRules {
        try YAMLValue.decode(RewriteRules.self, from: yaml, file: file)
    }

    /// The bundled rules in `Data/rewriting.yaml`.
    public static func load(data: URL) throws -> RewriteRules {
        let url = data.appendingPathComponent("rewriting.yaml")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw BiganError(file: "Data/rewriting.yaml", "无法读取改写规则")
        }
        return try load(yaml: text, file: "Data/rewriting.yaml")
    }
}
