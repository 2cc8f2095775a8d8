import BiganLibrary
import BiganOutline
import BiganThemes

/// An occasion's outline, read from `Templates/<occasion>.yaml`: parts in order, fixed text, body sections.
public struct OccasionTemplate: Sendable, Equatable {
    public var occasion: String
    /// Other names `--occasion` accepts, e.g. 工作会议 for 工作部署会.
    public var aliases: [String]
    /// The file the template was read from, as shown to the user.
    public var file: String
    public var title: TextChoice
    /// The default meeting name when `--meeting` is not given.
    public var meeting: TextChoice
    /// Words in a source speech's title that mark the same occasion (总结, 表彰 …).
    public var keywords: [String]
    /// Target length of the whole draft in characters.
    public var targetLength: Int
    /// Overrides the role's salutation (a 致辞 opens with 尊敬的…).
    public var salutation: TextChoice?
    public var parts: [TemplatePart]
    /// The speech addresses an office's own staff (办公室系统会议): office-internal text fits.
    public var officeAudience: Bool
    /// The occasion has a register of its own (a 致辞 to guests): body paragraphs come from
    /// speeches given at it while the library has any that fit, before any other speech's.
    public var ownRegister: Bool
    /// The occasion's own subject (政务公开 at a 政务公开工作会议): paragraphs on it fit an
    /// office's draft whatever the office's own work.
    public var topics: [String]

    public init(
        occasion: String, aliases: [String] = [], file: String, title: TextChoice, meeting: TextChoice,
        keywords: [String] = [], targetLength: Int, salutation: TextChoice? = nil, parts: [TemplatePart],
        officeAudience: Bool = false, ownRegister: Bool = false, topics: [String] = []
    ) {
        self.occasion = occasion
        self.aliases = aliases
        self.file = file
        self.title = title
        self.meeting = meeting
        self.keywords = keywords
        self.targetLength = targetLength
        self.salutation = salutation
        self.parts = parts
        self.officeAudience = officeAudience
        self.ownRegister = ownRegister
        self.topics = topics
    }

    /// The part names in order, as `bigan templates` lists them.
    public var partNames: [String] { parts.map(\.name.rawValue) }

    /// The template with its body's sections replaced (the writer's own outline).
    func replacingBody(with sections: [BodySection]) throws -> OccasionTemplate {
        var copy = self
        copy.parts = parts.map { part in
            if case .body = part { return .body(sections) }
            return part
        }
        return copy
    }

    /// The body's top-level sections.
    public var bodySections: [BodySection] {
        parts.flatMap { part -> [BodySection] in
            if case .body(let sections) = part { return sections }
            return []
        }
    }

    /// Every theme the template draws on.
    public var themes: [String] {
        var seen: Set<String> = []
        let all = parts.flatMap(\.themes)
        return all.filter { seen.insert($0).inserted }
    }
}

/// The name of a fixed part of a speech, in the order parts must come.
public enum TemplatePartName: String, Sendable, CaseIterable, Comparable {
    case salutation, opening, transition, body, closing

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// The speech part a block of this template part belongs to.
    public var speechPart: SpeechPart {
        switch self {
        case .salutation, .opening: return .opening
        case .transition: return .transition
        case .body: return .body
        case .closing: return .closing
        }
    }
}

/// One part of a template.
public enum TemplatePart: Sendable, Equatable {
    case salutation
    case fixed(TemplatePartName, [TemplateEntry])
    case body([BodySection])

    public var name: TemplatePartName {
        switch self {
        case .salutation: return .salutation
        case .fixed(let name, _): return name
        case .body: return .body
        }
    }

    var themes: [String] {
        switch self {
        case .salutation: return []
        case .fixed(_, let entries): return entries.flatMap(\.themes)
        case .body(let sections): return sections.flatMap(\.allThemes)
        }
    }
}

/// One paragraph of an opening, transition or closing.
public enum TemplateEntry: Sendable, Equatable {
    /// Fixed text with slots; one wording is picked per draft.
    case text(TextChoice)
    /// Up to `count` snippets of `kind` drawn from the library; skipped when none fits.
    case library(kind: SnippetKind, themes: [String], count: Int)

    var themes: [String] {
        if case .library(_, let themes, _) = self { return themes }
        return []
    }
}

/// A body section: an optional heading, then paragraphs from the library, or sub-sections, or a counted set.
public struct BodySection: Sendable, Equatable {
    /// The heading; nil for a section that runs on without one (a 致辞's body).
    public var heading: TextChoice?
    public var themes: [String]
    /// Library paragraphs under the heading (before any sub-sections).
    public var paragraphs: Int
    /// Fixed paragraphs placed right under the heading.
    public var text: [TextChoice]
    /// Second-level points (（一）…); sections inside sub-sections are not allowed.
    public var subsections: [BodySection]
    /// Themes of a `set` snippet (四种精神 …) whose items become the sub-headings, when one fits.
    public var set: [String]
    /// The heading to use when a set is found; may hold {标签}.
    public var setHeading: TextChoice?
    /// What the paragraphs under the heading should do; nil: told from the heading's words.
    public var function: ParagraphFunction?
    /// The template says the paragraphs may do anything (`function: any`): praise, describe, ask.
    public var anyFunction = false
    /// The heading is the writer's own (`--outline`): kept as written, marker and all.
    public var writerOwned = false
    /// The writer's level for the heading, when it is the writer's own.
    public var writerLevel: Int?

    public init(
        heading: TextChoice?, themes: [String], paragraphs: Int = 2, text: [TextChoice] = [],
        subsections: [BodySection] = [], set: [String] = [], setHeading: TextChoice? = nil,
        function: ParagraphFunction? = nil, anyFunction: Bool = false
    ) {
        self.heading = heading
        self.themes = themes
        self.paragraphs = paragraphs
        self.text = text
        self.subsections = subsections
        self.set = set
        self.setHeading = setHeading
        self.function = function
        self.anyFunction = anyFunction
    }

    var allThemes: [String] { themes + set + subsections.flatMap(\.allThemes) }
}

/// Alternative wordings of one piece of template text, with the line they were written on.
public struct TextChoice: Sendable, Equatable {
    public var options: [String]
    public var line: Int?

    public init(_ options: [String], line: Int? = nil) {
        self.options = options
        self.line = line
    }

    /// The wording for `generator`'s next draw.
    public func pick(using generator: inout SeededGenerator) -> String {
        guard options.count > 1 else { return options.first ?? "" }
        return options[Int(generator.next() % UInt64(options.count))]
    }
}
