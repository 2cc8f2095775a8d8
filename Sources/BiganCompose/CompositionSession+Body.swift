import BiganOutline
import BiganThemes

extension CompositionSession {
    /// The body: each section's heading, fixed text, library paragraphs, then its set items or sub-sections.
    mutating func addBody(_ sections: [BodySection]) async throws {
        let plan = BodyPlan(template: template, sections: sections)
        shortfall = plan.shortfall
        var headingNumber = 0
        let headings = sections.enumerated().map { index, section in
            [section.heading.map { fill($0, key: "body.\(index).heading") }].compactMap { $0 }
                + section.subsections.enumerated().compactMap { offset, sub in
                    sub.heading.map { fill($0, key: "body.\(index).\(offset).heading") }
                }
        }
        for (index, section) in sections.enumerated() {
            if section.heading != nil { headingNumber += 1 }
            upcoming = Array(headings.dropFirst(index + 1).joined())
            try await addSection(section, index: index, number: headingNumber, perParagraph: plan.perParagraph)
        }
        upcoming = []
    }

    mutating func addSection(_ section: BodySection, index: Int, number: Int, perParagraph: Int) async throws {
        let key = "body.\(index)"
        let plainHeading = section.heading.map { fill($0, key: key + ".heading") } ?? ""
        let function = context.function(of: section, heading: plainHeading)
        let themes = context.themes(of: section, function: function)
        let set =
            section.set.isEmpty ? nil : try await chooseSet(section, themes: themes, heading: plainHeading, key: key)
        if let headingChoice = set != nil ? (section.setHeading ?? section.heading) : section.heading {
            let label = SlotValues(["标签": set?.set.text ?? ""])
            let heading = fill(headingChoice, key: key + ".heading", extra: label)
            if section.writerOwned {
                appendHeading(exactly: heading, level: 1, from: set?.set)
            } else {
                appendHeading(heading, level: 1, index: number, from: set?.set)
            }
        }
        let start = blocks.count
        for (offset, text) in section.text.enumerated() {
            appendParagraph(fill(text, key: "\(key).text.\(offset)"), part: .body)
        }
        // A section with items or sub-sections leads into them: only its own count of paragraphs.
        try await addParagraphs(
            section.paragraphs, themes: themes, echo: plainHeading, function: function, key: key,
            budget: section.paragraphs * perParagraph, fillable: set == nil && section.subsections.isEmpty)
        if let set {
            for (offset, item) in set.set.items.enumerated() {
                appendHeading(item, level: 2, index: offset + 1, from: set.set)
                for picked in set.paragraphs[offset] { appendParagraph(picked.text, part: .body, from: picked) }
                let function = context.function(of: section, heading: item)
                if set.paragraphs[offset].isEmpty {
                    appendGap(heading: item, function: function, wanted: 1, found: 0)
                } else {
                    fillSlots.append(
                        FillSlot(
                            want: want(themes: section.set + themes, echo: item, function: function),
                            key: "\(key).item.\(offset)", anchor: blocks.count - 1,
                            room: Self.room(1, perParagraph), found: set.paragraphs[offset].count))
                }
            }
        } else {
            let later = upcoming
            for (offset, sub) in section.subsections.enumerated() {
                upcoming =
                    section.subsections.enumerated().dropFirst(offset + 1).compactMap { next, following in
                        following.heading.map { fill($0, key: "\(key).\(next).heading") }
                    } + later
                try await addSubsection(
                    sub, of: section, heading: plainHeading, offset: offset, key: key, perParagraph: perParagraph)
            }
            upcoming = later
        }
        if blocks.count == start { appendGap(heading: plainHeading, function: function, wanted: 1, found: 0) }
    }

    /// A set (四种作风 …) for the section with each item's own paragraph, chosen before the
    /// section's lead so that a lead never takes an item's paragraph. A set is kept only when at
    /// least half its items find the paragraph that stood under them in the source; otherwise the
    /// template's own sub-headings serve better, and nothing the set took is kept.
    mutating func chooseSet(_ section: BodySection, themes: [String], heading: String, key: String) async throws
        -> (set: PickedSnippet, paragraphs: [[PickedSnippet]])?
    {
        let before = picker
        guard let set = try await picker.pickSet(themes: section.set, echo: heading, key: key + ".set") else {
            return nil
        }
        var paragraphs: [[PickedSnippet]] = []
        for (offset, item) in set.items.enumerated() {
            let function = context.function(of: section, heading: item)
            var found = try await picker.pick(
                want(themes: section.set + themes, echo: item, function: function), count: 1,
                key: "\(key).item.\(offset)")
            if found.isEmpty {
                // An item's own paragraph is what it says, whatever it does.
                found = try await picker.pick(
                    want(themes: section.set + themes, echo: item, function: nil), count: 1,
                    key: "\(key).item.\(offset).any")
            }
            paragraphs.append(found)
        }
        let own = zip(set.items, paragraphs).filter { item, found in
            guard let core = MarkerTable.headingCore(item), let path = found.first?.snippet.headingPath.last else {
                return false
            }
            return path.contains(core)
        }.count
        guard own * 2 >= set.items.count || section.subsections.isEmpty else {
            picker = before
            return nil
        }
        return (set, paragraphs)
    }

    mutating func addSubsection(
        _ sub: BodySection, of section: BodySection, heading: String, offset: Int, key: String, perParagraph: Int
    ) async throws {
        let subKey = "\(key).\(offset)"
        let subHeading = sub.heading.map { fill($0, key: subKey + ".heading") } ?? heading
        // A sub-section that says nothing of its own does what its section lets it do.
        let function = section.anyFunction && sub.function == nil ? nil : context.function(of: sub, heading: subHeading)
        if sub.heading != nil {
            if sub.writerOwned {
                appendHeading(exactly: subHeading, level: sub.writerLevel ?? 2)
            } else {
                appendHeading(subHeading, level: 2, index: offset + 1)
            }
        }
        for (textOffset, text) in sub.text.enumerated() {
            appendParagraph(fill(text, key: "\(subKey).text.\(textOffset)"), part: .body)
        }
        let themes = context.themes(of: sub, function: function)
        // The section's themes widen the search; what a paragraph is about is judged on the sub-section's own.
        try await addParagraphs(
            sub.paragraphs, themes: themes + section.themes, cueThemes: themes, echo: subHeading, function: function,
            key: subKey, budget: sub.paragraphs * perParagraph)
    }

    func want(themes: [String], cueThemes: [String]? = nil, echo: String, function: ParagraphFunction?)
        -> SnippetScorer.Want
    {
        SnippetScorer.Want(
            kinds: [.paragraph], themes: themes, echo: echo, function: function,
            cues: context.cues(for: cueThemes ?? themes), idealLength: Self.paragraphLength, opensSection: true,
            later: upcoming)
    }

    /// Appends `count` library paragraphs on `themes`; a shortfall becomes a marked gap. The slot
    /// is remembered, so that `fillToLength` can add more to it. Returns how many it found.
    @discardableResult
    mutating func addParagraphs(
        _ count: Int, themes: [String], cueThemes: [String]? = nil, echo: String, function: ParagraphFunction?,
        key: String, budget: Int, fillable: Bool = true
    ) async throws -> Int {
        guard count > 0 else { return 0 }
        let want = want(themes: themes, cueThemes: cueThemes, echo: echo, function: function)
        let bonus = shortfall > 0 ? 1 : 0
        shortfall -= bonus
        let picked = try await picker.pick(want, count: count + bonus, key: key)
        for snippet in picked {
            appendParagraph(snippet.text, part: .body, from: snippet)
        }
        if picked.count < count {
            appendGap(heading: echo, themes: themes, function: function, wanted: count, found: picked.count)
        } else if fillable {
            fillSlots.append(
                FillSlot(
                    want: want, key: key, anchor: blocks.count - 1, room: Self.room(count, budget), found: picked.count)
            )
        }
        return picked.count
    }

    /// Adds fitting paragraphs, one slot at a time in the order of the draft and again round by
    /// round, while the draft is short of `fillShare` of the template's length and some slot still
    /// has a fitting paragraph to give.
    mutating func fillToLength() async throws {
        let target = Int(Double(template.targetLength) * Self.fillShare)
        for round in 0..<Self.fillRounds {
            var added = false
            for index in fillSlots.indices where fillSlots[index].open {
                guard length < target else { return }
                // No heading takes more paragraphs than its share of the length holds.
                guard fillSlots[index].found < fillSlots[index].room else {
                    fillSlots[index].open = false
                    continue
                }
                let slot = fillSlots[index]
                guard let more = try await picker.pick(slot.want, count: 1, key: "\(slot.key).more.\(round)").first
                else {
                    fillSlots[index].open = false
                    continue
                }
                insertBlock(Self.block(more.text, part: .body, from: more), after: slot.anchor)
                fillSlots[index].found += 1
                added = true
            }
            if !added { break }
        }
        markShortSlots()
    }

    /// How many paragraphs a slot that asked for `count` has room for in `budget` characters:
    /// two more than its budget holds of paragraphs of a usual length.
    static func room(_ count: Int, _ budget: Int) -> Int {
        max(count, (budget + usualParagraph - 1) / usualParagraph) + 2
    }

    /// A draft still short of the template's length says where: the slots that ran out of fitting
    /// paragraphs, in the draft's order, each get a marked gap, as many as paragraphs are missing.
    mutating func markShortSlots() {
        let missing = Int(Double(template.targetLength) * Self.shortShare) - length
        guard missing > 0 else { return }
        let count = (missing + Self.paragraphLength - 1) / Self.paragraphLength
        for index in fillSlots.indices.filter({ !fillSlots[$0].open }).prefix(count) {
            let slot = fillSlots[index]
            let hint = slots.fill(context.sectionHint(for: slot.want.function))
            let text =
                FactSlots.open + Self.gapSubject(slot.want.echo, slot.want.themes) + "资料库中切题的段落已用完，可再写一段："
                + hint + FactSlots.close
            insertBlock(DraftBlock(type: .paragraph, part: .body, text: text), after: slot.anchor)
            recordShortage(Shortage(heading: slot.want.echo, wanted: slot.found + 1, found: slot.found))
        }
    }

    /// The draft's length as a reader counts it: every character but white space.
    var length: Int {
        blocks.reduce(0) { $0 + $1.text.unicodeScalars.filter { !$0.properties.isWhitespace }.count }
    }
}

/// A body slot that found all it wanted: where its paragraphs end and what it wants, for more.
struct FillSlot {
    var want: SnippetScorer.Want
    var key: String
    /// The index of the slot's last block.
    var anchor: Int
    /// How many library paragraphs its share of the length holds, and how many it holds.
    var room: Int
    var found: Int
    var open = true
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
