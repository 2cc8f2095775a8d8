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
            throw BiganError(file: file, "无法读取这个模板（是 UTF-8 编码的文字吗？）")
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
                let problem = name == last ? "出现了两次" : "必须在 '\(last.rawValue)' 之前"
                throw item.error(
                    "part '\(name.rawValue)' \(problem) (order: salutation, opening, transition, body, closing)")
            }
            parts.append(try readPart(name, content, at: item))
        }
        guard parts.contains(where: { $0.name == .body }) else { throw value.error("模板没有 'body'（正文）部分") }
        return parts
    }

    func partName(_ item: YAMLValue) throws -> (TemplatePartName, YAMLValue?) {
        let allowed = TemplatePartName.allCases.map(\.rawValue)
        if item.isMapping {
            let entries = try item.mapping(allowed: allowed.map { $0 })
            guard entries.count == 1, let (key, value) = entries.first else {
                throw item.error("每个部分是一个键（salutation、opening、transition、body 或 closing）")
            }
            return (TemplatePartName(rawValue: key)!, value)
        }
        let name = try item.string()
        guard let part = TemplatePartName(rawValue: name) else {
            throw item.error("没有 '\(name)' 这个部分（应是其中之一：\(allowed.joined(separator: "、"))）")
        }
        return (part, nil)
    }

    func readPart(_ name: TemplatePartName, _ content: YAMLValue?, at item: YAMLValue) throws -> TemplatePart {
        switch name {
        case .salutation:
            if content != nil {
                throw item.error("'salutation' 在这里不带文字；请写在最外层的 'salutation' 里")
            }
            return .salutation
        case .body:
            guard let content else { throw item.error("'body' 需要一串小节") }
            let sections = try content.sequence().map { try readSection($0, level: 1) }
            guard (2...8).contains(sections.count) else {
                throw content.error("正文有 \(sections.count) 节；一篇讲话需要 2 到 8 节")
            }
            return .body(sections)
        case .opening, .transition, .closing:
            guard let content else { throw item.error("'\(name.rawValue)' 需要写上文字") }
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
                "没有 '\(kindName)' 这种片段（应是 opening、transition、closing 或 paragraph）")
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
            throw value.error("每节需要 'themes'（或 'sections'、'set'）来取段落")
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
            throw value.error("没有 '\(name)' 这种功能（应是其中之一：\(known.joined(separator: "、"))）")
        }
        return function
    }

    func readThemes(_ value: YAMLValue) throws -> [String] {
        let themes = try value.strings()
        if let knownThemes, let unknown = themes.first(where: { !knownThemes.contains($0) }) {
            throw value.error(
                "没有主题 '\(unknown)'（"
                    + NameSuggestion(names: Array(knownThemes)).hint(
                        for: unknown, otherwise: "已有的主题：" + knownThemes.sorted().joined(separator: "、")) + "）")
        }
        return themes
    }

    /// One wording or a list of alternatives, with every slot checked.
    func text(_ value: YAMLValue) throws -> TextChoice {
        let items = value.isSequence ? try value.sequence() : [value]
        guard !items.isEmpty else { throw value.error("列表是空的") }
        let options = try items.map { item in
            let option = try item.string()
            try Self.checkSlots(option, at: item)
            return option
        }
        return TextChoice(options, line: value.line)
    }

    static func checkSlots(_ text: String, at value: YAMLValue) throws {
        for name in Slot.names(in: text) {
            if name.isEmpty { throw value.error("“\(text)”里的 { } 不成对") }
            if !Slot.known.contains(name) {
                throw value.error(
                    "没有 {\(name)} 这个待填项（可用的有：\(Slot.known.sorted().map { "{\($0)}" }.joined(separator: " "))）")
            }
        }
    }
}
