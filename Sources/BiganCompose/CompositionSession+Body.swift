extension CompositionSession {
    static let missingText = "{补充内容}"

    /// The body: each section's heading, fixed text, library paragraphs, then its set items or sub-sections.
    mutating func addBody(_ sections: [BodySection]) async throws {
        let plan = BodyPlan(template: template, sections: sections)
        shortfall = plan.shortfall
        var headingNumber = 0
        for (index, section) in sections.enumerated() {
            if section.heading != nil { headingNumber += 1 }
            try await addSection(section, index: index, number: headingNumber, perParagraph: plan.perParagraph)
        }
    }

    mutating func addSection(_ section: BodySection, index: Int, number: Int, perParagraph: Int) async throws {
        let key = "body.\(index)"
        let plainHeading = section.heading.map { fill($0, key: key + ".heading") } ?? ""
        let set =
            section.set.isEmpty
            ? nil : try await picker.pickSet(themes: section.set, echo: plainHeading, key: key + ".set")
        if let headingChoice = set != nil ? (section.setHeading ?? section.heading) : section.heading {
            let label = SlotValues(["标签": set?.text ?? ""])
            appendHeading(fill(headingChoice, key: key + ".heading", extra: label), level: 1, index: number, from: set)
        }
        let start = blocks.count
        for (offset, text) in section.text.enumerated() {
            appendParagraph(fill(text, key: "\(key).text.\(offset)"), part: .body)
        }
        try await addParagraphs(
            section.paragraphs, themes: section.themes, echo: plainHeading, key: key,
            budget: section.paragraphs * perParagraph)
        if let set {
            for (offset, item) in set.items.enumerated() {
                appendHeading(item, level: 2, index: offset + 1, from: set)
                try await addParagraphs(
                    1, themes: section.set + section.themes, echo: item, key: "\(key).item.\(offset)", budget: 0)
            }
        } else {
            for (offset, sub) in section.subsections.enumerated() {
                let subKey = "\(key).\(offset)"
                let subHeading = sub.heading.map { fill($0, key: subKey + ".heading") } ?? plainHeading
                if sub.heading != nil { appendHeading(subHeading, level: 2, index: offset + 1) }
                for (textOffset, text) in sub.text.enumerated() {
                    appendParagraph(fill(text, key: "\(subKey).text.\(textOffset)"), part: .body)
                }
                let added = try await addParagraphs(
                    sub.paragraphs, themes: sub.themes + section.themes, echo: subHeading, key: subKey,
                    budget: sub.paragraphs * perParagraph)
                if added == 0 && sub.text.isEmpty { appendParagraph(Self.missingText, part: .body) }
            }
        }
        if blocks.count == start { appendParagraph(Self.missingText, part: .body) }
    }

    /// Appends `count` library paragraphs on `themes`, then up to two more while they stay under
    /// `budget` characters; returns how many it found.
    @discardableResult
    mutating func addParagraphs(_ count: Int, themes: [String], echo: String, key: String, budget: Int) async throws
        -> Int
    {
        let want = SnippetScorer.Want(
            kinds: [.paragraph], themes: themes, echo: echo, idealLength: Self.paragraphLength, opensSection: true)
        let bonus = count > 0 && shortfall > 0 ? 1 : 0
        shortfall -= bonus
        var picked = try await picker.pick(want, count: count + bonus, key: key)
        var length = picked.reduce(0) { $0 + $1.text.count }
        for extra in 0..<Self.extraParagraphs where count > 0 && length < budget * 4 / 5 {
            guard let more = try await picker.pick(want, count: 1, key: "\(key).more.\(extra)").first else { break }
            picked.append(more)
            length += more.text.count
        }
        for snippet in picked {
            appendParagraph(snippet.text, part: .body, from: snippet)
        }
        return picked.count
    }
}

/// What the body may spend per library paragraph so that the draft comes near the template's target
/// length, and how many paragraphs it must add so that library paragraphs are not outnumbered.
struct BodyPlan {
    var perParagraph: Int
    var shortfall: Int

    init(template: OccasionTemplate, sections: [BodySection]) {
        let fixed = template.parts.reduce(0) { count, part in
            guard case .fixed(_, let entries) = part else { return count }
            return count + entries.filter { if case .text = $0 { return true } else { return false } }.count
        }
        let paragraphs = sections.reduce(0) { total, section in
            total + section.paragraphs + section.subsections.reduce(0) { $0 + $1.paragraphs }
                + (section.set.isEmpty ? 0 : 3)
        }
        let body = template.targetLength - fixed * CompositionSession.fixedParagraphLength - sections.count * 40
        perParagraph = max(CompositionSession.paragraphLength, body / max(1, paragraphs))
        let fixedInBody = sections.reduce(0) { $0 + $1.text.count + $1.subsections.reduce(0) { $0 + $1.text.count } }
        shortfall = max(0, fixed + fixedInBody - paragraphs)
    }
}
