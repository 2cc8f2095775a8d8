import BiganLibrary

/// Runs of a speech that match library text: found through the library's index (probes of a few
/// Han characters, spaced so that every run of `minRun` holds one), then aligned character by
/// character with the snippets the probes found. Never compares the speech with every snippet.
struct CopiedPassageFinder: Sendable {
    let minRun: Int
    let rules: CheckingRules.Copied

    /// What the finder found: every copied run, and how many of the speech's Han characters they cover.
    struct Result: Sendable {
        var findings: [Finding] = []
        var copiedCharacters = 0
        var hanCharacters = 0
        /// Every run found, by paragraph: the characters it spans and the passage it matches.
        var runs: [Int: [(characters: Range<Int>, passage: LibraryPassage)]] = [:]
    }

    /// A copied run: positions of one paragraph's folded text, and the passage it matches.
    struct Run: Sendable {
        var range: Range<Int>
        var passage: Int
    }

    /// The probe length: at most `minRun`, so that short runs are found too.
    var probeLength: Int { max(2, min(rules.probe, minRun)) }
    /// Probes this far apart leave no run of `minRun` Han characters without one.
    var stride: Int { max(1, minRun - probeLength + 1) }

    func find(in speech: CheckedSpeech, library: any SnippetStore, excluding own: FileFingerprint) async throws
        -> Result
    {
        let texts = speech.paragraphs.map { FoldedText($0.characters) }
        var result = Result(hanCharacters: texts.reduce(0) { $0 + $1.hanCount(0..<$1.count) })
        let probes = texts.indices.flatMap { index in self.probes(in: texts[index], paragraph: index) }
        guard !probes.isEmpty else { return result }
        let index = GramIndex(texts, length: probeLength)
        var runs = [[Run]](repeating: [], count: texts.count)
        var covered = texts.map { [Bool](repeating: false, count: $0.count) }
        var passages: [LibraryPassage] = []
        var fetched = Set<LibraryPassage.ID>()
        // Probes go in waves, a quarter of them first: a long copied passage found by one probe
        // covers the probes inside it, which the later waves leave out.
        for wave in Self.waves(probes.count) {
            let asked = wave.map { probes[$0] }.filter { probe in
                !covered[probe.paragraph][probe.range].allSatisfy { $0 }
            }
            guard !asked.isEmpty else { continue }
            let phrases = asked.map { probe in
                speech.paragraphs[probe.paragraph].text(
                    texts[probe.paragraph].characterRange(Self.phraseRange(probe, in: texts[probe.paragraph])))
            }
            let ids = try await library.passageIDs(containing: phrases, limit: rules.candidates).flatMap { $0 }
            let new = ids.filter { fetched.insert($0).inserted }
            guard !new.isEmpty else { continue }
            for passage in try await library.passages(ids: new).compactMap(own.excluded) {
                passages.append(passage)
                for (paragraph, range) in index.alignments(with: FoldedText(passage.text))
                where texts[paragraph].hanCount(range) >= minRun {
                    runs[paragraph].append(Run(range: range, passage: passages.count - 1))
                    for position in range { covered[paragraph][position] = true }
                }
            }
        }
        for (paragraph, found) in runs.enumerated() where !found.isEmpty {
            result.runs[paragraph] = found.map { (texts[paragraph].characterRange($0.range), passages[$0.passage]) }
            for (range, run) in Self.pieces(of: found) {
                result.copiedCharacters += texts[paragraph].hanCount(range)
                result.findings.append(
                    finding(range, passage: passages[run.passage], in: speech.paragraphs[paragraph], texts[paragraph]))
            }
        }
        return result
    }

    /// A probe: a run of Han characters of one paragraph, by positions of its folded text.
    struct Probe: Sendable {
        var paragraph: Int
        var range: Range<Int>
    }

    /// The positions a probe asks the index for: without a last character that stands alone after
    /// punctuation (the index would read it as a prefix of every word it starts, a slow query).
    static func phraseRange(_ probe: Probe, in text: FoldedText) -> Range<Int> {
        let last = probe.range.upperBound - 1
        let alone = last > probe.range.lowerBound + 1 && text.origins[last] - text.origins[last - 1] > 1
        return alone ? probe.range.lowerBound..<last : probe.range
    }

    /// The probes' numbers in the order they are asked: every fourth first, then every other one, then the rest.
    static func waves(_ count: Int) -> [[Int]] {
        [
            Swift.stride(from: 0, to: count, by: 4).map { $0 },
            Swift.stride(from: 2, to: count, by: 4).map { $0 },
            Swift.stride(from: 1, to: count, by: 2).map { $0 },
        ]
    }

    /// The probes of one paragraph: runs of `probeLength` Han characters (the punctuation between
    /// them is the index's business), `stride` apart in every stretch of Han characters.
    func probes(in text: FoldedText, paragraph: Int) -> [Probe] {
        var probes: [Probe] = []
        var start = 0
        while start < text.count {
            guard text.isHan[start] else {
                start += 1
                continue
            }
            var end = start
            while end < text.count, text.isHan[end] { end += 1 }
            var probe = start
            while probe + probeLength <= end {
                probes.append(Probe(paragraph: paragraph, range: probe..<probe + probeLength))
                probe += stride
            }
            start = end
        }
        return probes
    }

    /// The union of the runs, cut where the longest run covering a position changes: one piece
    /// per stretch taken from one passage.
    static func pieces(of runs: [Run]) -> [(Range<Int>, Run)] {
        let end = runs.map(\.range.upperBound).max() ?? 0
        var best = [Int?](repeating: nil, count: end)
        for (number, run) in runs.enumerated() {
            for position in run.range where best[position].map({ runs[$0].range.count < run.range.count }) ?? true {
                best[position] = number
            }
        }
        var pieces: [(Range<Int>, Run)] = []
        var position = 0
        while position < end {
            guard let number = best[position] else {
                position += 1
                continue
            }
            var stop = position
            while stop < end, best[stop] == number { stop += 1 }
            pieces.append((position..<stop, runs[number]))
            position = stop
        }
        return merged(pieces)
    }

    /// Pieces with the short ones where two runs meet (和省委 between two long runs) joined to the
    /// piece before them, or the one after at the start of a stretch: one finding per stretch of a source.
    static func merged(_ pieces: [(Range<Int>, Run)]) -> [(Range<Int>, Run)] {
        var out: [(Range<Int>, Run)] = []
        for (range, run) in pieces {
            if let last = out.last, last.0.upperBound == range.lowerBound,
                range.count < shortPiece || last.0.count < shortPiece
            {
                let keep = last.0.count >= range.count ? last.1 : run
                out[out.count - 1] = (last.0.lowerBound..<range.upperBound, keep)
            } else {
                out.append((range, run))
            }
        }
        return out
    }

    /// Pieces shorter than this (in folded characters) are joined to their neighbour.
    static let shortPiece = 8

    func finding(_ range: Range<Int>, passage: LibraryPassage, in paragraph: CheckedParagraph, _ text: FoldedText)
        -> Finding
    {
        let characters = text.characterRange(range)
        let source = passage.sources[0]
        return paragraph.finding(
            .copied, characters,
            why: "与资料库中的文字相同（\(text.hanCount(range))个汉字）：\(source.file) 第\(source.line)行",
            source: Finding.Source(file: source.file, line: source.line))
    }
}

extension FileFingerprint {
    /// `passage` without the sources that are this file (the same bytes, or the same path); nil
    /// when it has no other.
    func excluded(_ passage: LibraryPassage) -> LibraryPassage? {
        var passage = passage
        passage.sources.removeAll { $0.file == path || $0.contentHash == contentHash }
        return passage.sources.isEmpty ? nil : passage
    }
}
