import BiganText
import BiganThemes
import Foundation

/// The tables of `Data/checking.yaml`: what `bigan check` looks for in a finished speech.
public struct CheckingRules: Codable, Sendable, Equatable {
    public struct Places: Codable, Sendable, Equatable {
        /// Stems of division names that are also everyday words (和平, 红旗): only in a place context.
        public var wordLike: [String]
        /// Words of a clause about working with another place: a partner, not a leftover.
        public var partners: [String]
        /// Words that join two places into a route (天水至陇南).
        public var routes: [String]
    }

    public struct Years: Codable, Sendable, Equatable {
        public var thisYear: [String]
        public var thisYearWeak: [String]
        public var thisYearAfter: [String]
        public var lastYear: [String]
        public var reviewAfter: [String]
        public var annualAfter: [String]
        public var nextYear: [String]
        public var meeting: [String]
        public var thisMeeting: [String]
        public var meetingPast: [String]
        public var targetBefore: [String]
        public var targetAfter: [String]
        public var deadline: [String]
        public var done: [String]
        /// Five-year plans and the years they span: 十四五 2021–2025.
        public var plans: [Plan]
        /// Words that place a year first (开局之年) or last (收官之年) in the plan its sentence names.
        public var planFirst: [String]
        public var planLast: [String]
    }

    /// A five-year plan's name and its first year.
    public struct Plan: Codable, Sendable, Equatable {
        public var name: String
        public var first: Int
    }

    /// A level's self-references, and the phrases that hide them.
    public struct LevelWords: Codable, Sendable, Equatable {
        public var level: Scope
        public var words: [String]
        public var ignore: [String]?
    }

    /// A bureau's or an office's own words, and the office character they belong to.
    public struct VoiceWords: Codable, Sendable, Equatable {
        public var voice: Speaker.Voice
        public var office: String
        public var words: [String]
    }

    public struct People: Codable, Sendable, Equatable {
        public var representing: [String]
        public var representedEnds: String
        /// Characters a body's name ends with (市政府, 局党组): what follows them is the sentence.
        public var bodyEnds: String
        /// A body's long form and the short one roles use (人民政府 → 政府).
        public var longForms: [String: String]
    }

    public struct Figures: Codable, Sendable, Equatable {
        public var candidates: Int
        public var context: Int
        public var longestContext: Int
        public var smallCount: Int
        public var countUnits: [String]
        /// Figures every place gives with the same words (national targets): never someone else's.
        public var shared: [String]
    }

    public struct Placeholders: Codable, Sendable, Equatable {
        /// Pairs of an opening and a closing brace, as two characters.
        public var braces: [String]
        public var slotOpeners: [String]
        public var marks: [String]
    }

    public struct Copied: Codable, Sendable, Equatable {
        public var probe: Int
        public var candidates: Int
    }

    public struct Numbering: Codable, Sendable, Equatable {
        /// Marker kinds (`MarkerKind` names) in their usual order from the top.
        public var hierarchy: [String]
    }

    public struct Punctuation: Codable, Sendable, Equatable {
        public var halfWidth: [String: String]
        public var webLeftovers: [String]
    }

    public struct Repeats: Codable, Sendable, Equatable {
        public var minLength: Int
    }

    public var places: Places
    public var years: Years
    public var levels: [LevelWords]
    public var voices: [VoiceWords]
    public var people: People
    public var figures: Figures
    public var placeholders: Placeholders
    public var copied: Copied
    public var numbering: Numbering
    public var punctuation: Punctuation
    public var repeats: Repeats

    /// The bundled tables in `Data/checking.yaml`.
    public static func load(data: URL) throws -> CheckingRules {
        let url = data.appendingPathComponent("checking.yaml")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw BiganError(file: "Data/checking.yaml", "读不出体检表（应为 UTF-8 文本）")
        }
        return try YAMLValue.decode(CheckingRules.self, from: text, file: "Data/checking.yaml")
    }
}
