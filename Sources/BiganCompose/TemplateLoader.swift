import BiganLibrary
import BiganText
import BiganThemes
import Foundation

/// Reads and validates `Templates/<occasion>.yaml`; every error names the file and line.
public struct TemplateLoader: Sendable {
    /// Theme names a template may draw on; nil skips the theme check.
    public var knownThemes: Set<String>?

    public init(knownThemes: Set<String>?) {
        self.knownThemes = knownThemes
    }

    static let topKeys = [
        "occasion", "aliases", "title", "meeting", "keywords", "length", "salutation", "parts", "officeAudience",
        "ownRegister", "topics",
    ]
    static let sectionKeys = ["heading", "themes", "paragraphs", "text", "sections", "set", "setHeading", "function"]
    static let libraryKeys = ["library", "themes", "count"]

    /// The template in the file at `url`, shown to the user as `file`.
    public func load(contentsOf url: URL, file: String) throws -> OccasionTemplate {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw BiganError(file: file, "cannot read the template (is it UTF-8 text?)")
        }
        return try load(yaml: text, file: file)
    }

    /// The template written in `yaml`, shown to the user as `file`.
    public func load(yaml: String, file: String) throws -> OccasionTemplate {
        let root = try YAMLValue.parse(yaml, file: file)
        let keys = try root.mapping(allowed: Self.topKeys, required: ["occasion", "title", "parts"])
        let occasion = try keys["occasion"]!.string()
        let parts = try readParts(keys["parts"]!)
        return OccasionTemplate(
            occasion: occasion,
            aliases: try keys["aliases"]?.strings() ?? [],
            file: file,
            title: try text(keys["title"]!),
            meeting: try keys["meeting"].map(text) ?? TextChoice(["{范围}" + occasion]),
            keywords: try keys["keywords"]?.strings() ?? [],
            targetLength: try keys["length"]?.int(in: 500...30_000) ?? 5000,
            salutation: try keys["salutation"].map(text),
            parts: parts,
            officeAudience: try keys["officeAudience"]?.bool() ?? false,
            ownRegister: try keys["ownRegister"]?.bool() ?? false,
            topics: try keys["topics"].map(readThemes) ?? [])
    }

    func readParts(_ value: YAMLValue) throws -> [TemplatePart] {
        var parts: [TemplatePart] = []
        for item in try value.sequence() {
            let (name, content) = try partName(item)
            if let last = parts.last?.name, name <= last {
                let problem = name == last ? "appears twice" : "must come before '\(last.rawValue)'"
                throw item.error(
                    "part '\(name.rawValue)' \(problem) (order: salutation, opening, transition, body, closing)")
            }
            parts.append(try readPart(name, content, at: item))
        }
        guard parts.contains(where: { $0.name == .body }) else { throw value.error("the template has no 'body' part") }
        return parts
    }

    func partName(_ item: YAMLValue) throws -> (TemplatePartName, YAMLValue?) {
        let allowed = TemplatePartName.allCases.map(\.rawValue)
        if item.isMapping {
            let entries = try item.mapping(allowed: allowed.map { $0 })
            guard entries.count == 1, let (key, value) = entries.first else {
                throw item.error("each part is one key (salutation, opening, transition, body or closing)")
            }
            return (TemplatePartName(rawValue: key)!, value)
        }
        let name = try item.string()
        guard let part = TemplatePartName(rawValue: name) else {
            throw item.error("unknown part '\(name)' (expected one of: \(allowed.joined(separator: ", ")))")
        }
        return (part, nil)
    }

    func readPart(_ name: TemplatePartName, _ content: YAMLValue?, at item: YAMLValue) throws -> TemplatePart {
        switch name {
        case .salutation:
            if content != nil {
                throw item.error("'salutation' takes no text here; put it in the top-level 'salutation'")
            }
            return .salutation
        case .body:
            guard let content else { throw item.error("'body' needs a list of sections") }
            let sections = try content.sequence().map { try readSection($0, level: 1) }
            guard (2...8).contains(sections.count) else {
                throw content.error("the body has \(sections.count) sections; a speech needs 2 to 8")
            }
            return .body(sections)
        case .opening, .transition, .closing:
            guard let content else { throw item.error("'\(name.rawValue)' needs its text") }
            let items = content.isSequence ? try content.sequence() : [content]
            return .fixed(name, try items.map(readEntry))
        }
    }

    func readEntry(_ value: YAMLValue) throws -> TemplateEntry {
        guard value.isMapping else { return .text(try text(value)) }
        let keys = try value.mapping(allowed: Self.libraryKeys, required: ["library"])
        let kindName = try keys["library"]!.string()
        guard let kind = SnippetKind(rawValue: kindName), kind != .set else {
            throw keys["library"]!.error(
                "unknown snippet kind '\(kindName)' (expected opening, transition, closing or paragraph)")
        }
        let themes = try keys["themes"].map(readThemes) ?? []
        return .library(kind: kind, themes: themes, count: try keys["count"]?.int(in: 1...5) ?? 1)
    }

    func readSection(_ value: YAMLValue, level: Int) throws -> BodySection {
        let allowed =
            level == 1 ? Self.sectionKeys : Self.sectionKeys.filter { !["sections", "set", "setHeading"].contains($0) }
        let keys = try value.mapping(allowed: allowed)
        let subsections = try keys["sections"]?.sequence().map { try readSection($0, level: 2) } ?? []
        let set = try keys["set"].map(readThemes) ?? []
        let themes = try keys["themes"].map(readThemes) ?? []
        if themes.isEmpty && subsections.isEmpty && set.isEmpty {
            throw value.error("a section needs 'themes' (or 'sections' or 'set') to draw paragraphs from")
        }
        return BodySection(
            heading: try keys["heading"].map(text),
            themes: themes,
            paragraphs: try keys["paragraphs"]?.int(in: 0...8) ?? (subsections.isEmpty && set.isEmpty ? 2 : 0),
            text: try keys["text"].map { try ($0.isSequence ? $0.sequence() : [$0]).map(text) } ?? [],
            subsections: subsections,
            set: set,
            setHeading: try keys["setHeading"].map(text),
            function: try keys["function"].flatMap(readFunction),
            anyFunction: try keys["function"]?.string() == "any")
    }

    /// A function name, or nil for `any`.
    func readFunction(_ value: YAMLValue) throws -> ParagraphFunction? {
        let name = try value.string()
        if name == "any" { return nil }
        guard let function = ParagraphFunction(rawValue: name), function != .other else {
            let known = ParagraphFunction.allCases.filter { $0 != .other }.map(\.rawValue) + ["any"]
            throw value.error("unknown function '\(name)' (expected one of: \(known.joined(separator: ", ")))")
        }
        return function
    }

    func readThemes(_ value: YAMLValue) throws -> [String] {
        let themes = try value.strings()
        if let knownThemes, let unknown = themes.first(where: { !knownThemes.contains($0) }) {
            throw value.error("unknown theme '\(unknown)' (known: \(knownThemes.sorted().joined(separator: "、")))")
        }
        return themes
    }

    /// One wording or a list of alternatives, with every slot checked.
    func text(_ value: YAMLValue) throws -> TextChoice {
        let items = value.isSequence ? try value.sequence() : [value]
        guard !items.isEmpty else { throw value.error("the list is empty") }
        let options = try items.map { item in
            let option = try item.string()
            try Self.checkSlots(option, at: item)
            return option
        }
        return TextChoice(options, line: value.line)
    }

    static func checkSlots(_ text: String, at value: YAMLValue) throws {
        for name in Slot.names(in: text) {
            if name.isEmpty { throw value.error("unbalanced { } in “\(text)”") }
            if !Slot.known.contains(name) {
                throw value.error(
                    "unknown slot {\(name)} (known: \(Slot.known.sorted().map { "{\($0)}" }.joined(separator: " ")))")
            }
        }
    }
}
