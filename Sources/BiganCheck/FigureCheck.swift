import BiganLibrary
import BiganText
import BiganThemes

/// Figures someone else reported: a number with its unit (5.5%, 7000亿元) that a library paragraph
/// of another source gives with the same words around it, and whose annotation counts it as that
/// source's figure.
struct FigureCheck: Sendable {
    let facts: FactFinder
    let rules: CheckingRules.Figures

    /// A figure of the speech and the words around it that the library is asked for.
    struct Probe: Sendable {
        var paragraph: Int
        var figure: Range<Int>
        var phrase: Range<Int>
    }

    /// The figures of `speech` someone else reported. A figure inside a copied run is decided by
    /// the run's passage; the others ask the library for the words around them.
    func findings(
        in speech: CheckedSpeech, library: any SnippetStore, excluding own: FileFingerprint,
        copied: [Int: [(characters: Range<Int>, passage: LibraryPassage)]]
    ) async throws -> [Finding] {
        var found: [(probe: Probe, passage: LibraryPassage)] = []
        var asked: [Probe] = []
        for probe in speech.paragraphs.indices.flatMap({ probes(in: speech.paragraphs[$0], number: $0) }) {
            let runs = (copied[probe.paragraph] ?? []).filter {
                $0.characters.contains(probe.figure.lowerBound) && $0.characters.contains(probe.figure.upperBound - 1)
            }
            if runs.isEmpty {
                asked.append(probe)
            } else if let run = runs.first(where: { reports($0.passage, probe, in: speech) }) {
                found.append((probe, run.passage))
            }
        }
        if !asked.isEmpty {
            let phrases = asked.map { speech.paragraphs[$0.paragraph].text($0.phrase) }
            let ids = try await library.passageIDs(containing: phrases, limit: rules.candidates)
            let passages = Dictionary(
                try await library.passages(ids: ids.flatMap { $0 }).compactMap(own.excluded).map { ($0.id, $0) },
                uniquingKeysWith: { first, _ in first })
            for (probe, candidates) in zip(asked, ids) {
                if let passage = candidates.lazy.compactMap({ passages[$0] }).first(where: {
                    reports($0, probe, in: speech)
                }) {
                    found.append((probe, passage))
                }
            }
        }
        return found.map { probe, passage in
            let paragraph = speech.paragraphs[probe.paragraph]
            let figure = paragraph.text(probe.figure)
            let source = passage.sources[0]
            return paragraph.finding(
                .figure, probe.figure,
                why: "数据“\(figure)”连同前后文字（“\(paragraph.text(probe.phrase))”）与资料库中另一份材料相同，"
                    + "可能是原稿的数据，请核实：\(source.file) 第\(source.line)行",
                source: Finding.Source(file: source.file, line: source.line))
        }
    }

    /// Whether `passage` says the probe's figure with its words and counts it among its facts.
    func reports(_ passage: LibraryPassage, _ probe: Probe, in speech: CheckedSpeech) -> Bool {
        let paragraph = speech.paragraphs[probe.paragraph]
        let number = SearchAnalyzer.searchableForm(paragraph.text(probe.figure))
        return SearchAnalyzer.searchableForm(passage.text).utf8Contains(
            SearchAnalyzer.searchableForm(paragraph.text(probe.phrase)))
            && passage.facts.contains { $0.kind == .figure && SearchAnalyzer.searchableForm($0.text) == number }
    }

    /// The figures of a paragraph worth asking about, each with the words of its clause before it
    /// (or, at a clause's start, after it).
    func probes(in paragraph: CheckedParagraph, number: Int) -> [Probe] {
        let characters = paragraph.characters
        return facts.facts(in: characters).compactMap { located -> Probe? in
            guard located.fact.kind == .figure, !isSmallCount(located.fact.text) else { return nil }
            let figure = located.range
            let clauseStart =
                (characters[..<figure.lowerBound].lastIndex { YearCheck.clauseEnds.contains($0) } ?? -1) + 1
            let clauseEnd =
                characters[figure.upperBound...].firstIndex { YearCheck.clauseEnds.contains($0) } ?? characters.count
            guard !isShared(paragraph.text(clauseStart..<figure.upperBound)) else { return nil }
            let before = max(clauseStart, figure.lowerBound - rules.longestContext)..<figure.lowerBound
            if Self.hanCount(characters[before]) >= rules.context {
                return Probe(paragraph: number, figure: figure, phrase: before.lowerBound..<figure.upperBound)
            }
            let after = figure.upperBound..<min(clauseEnd, figure.upperBound + rules.longestContext)
            if Self.hanCount(characters[after]) >= rules.context {
                return Probe(paragraph: number, figure: figure, phrase: figure.lowerBound..<after.upperBound)
            }
            return nil
        }
    }

    /// Whether a clause up to its figure ends with a national target every place repeats.
    func isShared(_ clause: String) -> Bool {
        let folded = SearchAnalyzer.searchableForm(clause)
        return rules.shared.contains { folded.hasSuffix(SearchAnalyzer.searchableForm($0)) }
    }

    /// A small count (3个, 5项) is how speeches talk, not a statistic.
    func isSmallCount(_ figure: String) -> Bool {
        guard let unit = rules.countUnits.first(where: figure.hasSuffix) else { return false }
        let digits = figure.dropLast(unit.count).filter { $0 != "多" && $0 != "余" }
        guard let value = Int(String(digits)) else { return false }
        return value < rules.smallCount
    }

    static func hanCount(_ characters: ArraySlice<Character>) -> Int {
        characters.reduce(0) { $1.isHan ? $0 + 1 : $0 }
    }
}
