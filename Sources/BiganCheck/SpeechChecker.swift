import BiganLibrary
import BiganText
import BiganThemes
import Foundation

/// Checks a finished speech: its facts against the region, year and speaker it is for, its text
/// against the library it was built from, and its outline and punctuation.
public struct SpeechChecker: Sendable {
    let rules: CheckingRules
    let annotation: AnnotationRules
    let places: PlaceIndex
    let facts: FactFinder

    public init(rules: CheckingRules, annotation: AnnotationRules, places: PlaceIndex) {
        self.rules = rules
        self.annotation = annotation
        self.places = places
        facts = FactFinder(rules: annotation, places: places)
    }

    /// The checker with the bundled tables (`Data/checking.yaml`, `annotations.yaml`, the divisions).
    public static func standard(resources: ResourceLocator) throws -> SpeechChecker {
        let annotation = try AnnotationRules.load(data: resources.data)
        return SpeechChecker(
            rules: try CheckingRules.load(data: resources.data), annotation: annotation,
            places: try PlaceIndex.load(data: resources.data, nicknames: annotation.places.nicknames))
    }

    /// The region `name` names; throws a `BiganError` when the divisions know no such place.
    public func region(_ name: String) throws -> Region {
        try Region(name, places: places)
    }

    /// Every finding in `speech`, in line order; `library` (nil: none) is what copies and borrowed
    /// figures are looked for in.
    package func check(_ speech: CheckedSpeech, request: CheckRequest, library: (any SnippetStore)?) async throws
        -> CheckReport
    {
        let region = try request.region.map(region)
        var findings = localChecks(request, region: region).flatMap { $0.findings(in: speech) }
        var copied = CopiedPassageFinder.Result(
            hanCharacters: speech.paragraphs.reduce(0) { $0 + $1.characters.filter(\.isHan).count })
        if let library {
            copied = try await CopiedPassageFinder(minRun: request.minRun, rules: rules.copied).find(
                in: speech, library: library, excluding: speech.fingerprint)
            findings += copied.findings
            findings += try await FigureCheck(facts: facts, rules: rules.figures).findings(
                in: speech, library: library, excluding: speech.fingerprint, copied: copied.runs)
        }
        findings.sort { ($0.line, Self.order($0.kind)) < ($1.line, Self.order($1.kind)) }
        let share = copied.hanCharacters == 0 ? 0 : Double(copied.copiedCharacters) / Double(copied.hanCharacters)
        return CheckReport(
            file: speech.file, findings: findings, copiedShare: (share * 1000).rounded() / 1000,
            summary: CheckSummary(
                findings: findings, copiedCharacters: copied.copiedCharacters, hanCharacters: copied.hanCharacters,
                skipped: skipped(request, library: library)))
    }

    func localChecks(_ request: CheckRequest, region: Region?) -> [any SpeechCheck] {
        let voice = request.speaker?.voice ?? request.org.flatMap(voice(ofOrg:))
        let ownBodies = (request.speaker?.ownBodies ?? []) + (request.org.map { [$0] } ?? [])
        var checks: [any SpeechCheck] = [
            YearCheck(year: request.year, cues: rules.years),
            LevelCheck(
                level: region?.level ?? request.speaker?.level, voice: voice, ownBodies: ownBodies,
                speakerName: request.speaker?.name, region: region, levels: rules.levels, voices: rules.voices),
            PersonCheck(
                people: facts.people, rules: rules.people, ownBodies: ownBodies.isEmpty ? nil : ownBodies),
            PlaceholderCheck(rules: rules.placeholders),
            NumberingCheck(rules: rules.numbering),
            PunctuationCheck(rules: rules.punctuation),
            RepeatCheck(minLength: rules.repeats.minLength),
        ]
        if let region {
            checks.append(
                PlaceCheck(
                    region: region, places: places, rules: annotation.places, wordLike: Set(rules.places.wordLike),
                    partners: rules.places.partners, routes: rules.places.routes))
        }
        return checks
    }

    /// The voice an office's name shows: 局, 厅, 委 a bureau's, 办公室 an office's.
    func voice(ofOrg org: String) -> Speaker.Voice? {
        if org.hasSuffix("办公室") || org.hasSuffix("办") { return .office }
        return rules.voices.first { $0.voice == .department && org.hasSuffix($0.office) }.map(\.voice)
    }

    /// The checks that need an option the request does not give.
    func skipped(_ request: CheckRequest, library: (any SnippetStore)?) -> [CheckSummary.Skipped] {
        var skipped: [CheckSummary.Skipped] = []
        if request.region == nil { skipped.append(.init(.place, "未给出 --region，没有检查外地地名")) }
        if request.year == nil { skipped.append(.init(.year, "未给出 --year，只检查了 20xx 一类的年份占位")) }
        if request.region == nil, request.speaker == nil {
            skipped.append(.init(.level, "未给出 --region 或 --role，没有检查“我区”“全县”一类的层级自称"))
        }
        if request.speaker == nil, request.org == nil {
            skipped.append(.init(.level, "未给出 --role 或 --org，没有检查“我局”“我厅”一类的部门自称"))
        }
        if library == nil {
            skipped.append(.init(.copied, "没有片段库，没有比对雷同段落和数据"))
        }
        return skipped
    }

    /// Kinds in the order `FindingKind` lists them, for findings on one line.
    static func order(_ kind: FindingKind) -> Int {
        FindingKind.allCases.firstIndex(of: kind) ?? 0
    }
}
