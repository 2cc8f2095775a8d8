import Foundation
import Testing

@testable import BiganCompose
@testable import BiganDesk
@testable import BiganText
@testable import BiganThemes

/// The bundled starter speeches (`Snippets/starter/`) and what a new user drafts from the default
/// library they make with the seed and the State Council reports.
@Suite struct StarterLibraryTests {
    static let folder = ComposeFixtures.resources.snippets.appendingPathComponent("starter")

    /// Each starter speech's paragraphs: its lines of forty characters or more.
    static let paragraphs: [(file: String, text: String)] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix(".txt") }.sorted().flatMap { file in
            let text = (try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)) ?? ""
            return text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { $0.count >= 40 }.map { (file, $0) }
        }
    }()

    @Test func thereAreTwoSpeechesForEveryOccasion() throws {
        let files = Set(Self.paragraphs.map(\.file))
        #expect(files.count >= 22)
        for occasion in ComposeFixtures.store.templates.map(\.occasion) {
            #expect(files.filter { $0.contains("_\(occasion)_") }.count >= 2, "\(occasion)")
        }
    }

    @Test func noSentenceOpeningIsUsedMoreThanEightTimes() {
        var openings: [String: Int] = [:]
        for (_, paragraph) in Self.paragraphs {
            let body = TextRepair.stripLeadingMarker(paragraph)
            for sentence in body.split(whereSeparator: { "。！？；".contains($0) }) {
                let trimmed = sentence.trimmingCharacters(in: CharacterSet(charactersIn: "“”\"　 "))
                guard trimmed.count >= 8 else { continue }
                openings[String(trimmed.prefix(6)), default: 0] += 1
            }
        }
        let overused = openings.filter { $0.value > 8 }
        #expect(overused.isEmpty, "\(overused)")
    }

    @Test func noTwoParagraphsAreAlike() {
        let bigrams = Self.paragraphs.map { Bigrams.of($0.text) }
        var alike: [String] = []
        for first in bigrams.indices {
            for second in bigrams.indices where second > first {
                let shared = bigrams[first].intersection(bigrams[second]).count
                let jaccard = Double(shared) / Double(max(1, bigrams[first].union(bigrams[second]).count))
                if jaccard >= 0.3 { alike.append(String(Self.paragraphs[first].text.prefix(16))) }
            }
        }
        #expect(alike.isEmpty, "\(alike)")
    }

    /// One draft per bundled occasion, with a speaker who gives it, on the default library.
    static let cases: [(occasion: String, role: String, region: String)] = [
        ("总结表彰会", "市长", "天水市"), ("工作部署会", "局长", "天水市"), ("办公室系统会议", "秘书长", "天水市"),
        ("动员大会", "副市长", "天水市"), ("座谈会", "书记", "天水市"), ("推进会", "县长", "秦安县"),
        ("政务公开工作会议", "主任", "天水市"), ("党风廉政建设工作会议", "书记", "天水市"), ("安全生产工作会议", "市长", "天水市"),
        ("开班式", "秘书长", "天水市"), ("致辞", "市长", "天水市"), ("工作部署会", "区长", "秦州区"),
    ]

    static let library = Task {
        let folder = try TemporaryFolder()
        let location = try LibraryLocation.resolve(option: nil, environment: ["XDG_DATA_HOME": folder.url.path])
        return (folder, try await location.open(create: false))
    }

    @Test(arguments: cases)
    func aFirstDraftIsOneAWriterKeeps(occasion: String, role: String, region: String) async throws {
        let (_, library) = try await Self.library.value
        let composer = ComposeFixtures.composer(library)
        let template = try ComposeFixtures.store.template(for: occasion)
        for seed: UInt64 in [1, 2] {
            let draft = try await composer.compose(
                DraftRequest(occasion: occasion, role: role, region: region, year: 2026, seed: seed))
            // An office's own talk suits its meeting, and a secretary-general or director addressing the office.
            let officeAudience = template.officeAudience || ComposeFixtures.role(role).voice == .office
            let problems = Self.problems(in: draft, region: region, officeAudience: officeAudience)
            #expect(problems.isEmpty, "\(occasion) \(role) \(region) seed \(seed): \(problems)")
            let length = draft.blocks.reduce(0) { $0 + $1.text.filter { !$0.isWhitespace }.count }
            #expect(Double(length) >= 0.85 * Double(template.targetLength), "\(occasion): \(length) characters")
            let body = draft.blocks.filter { $0.type == .paragraph && $0.part == .body }
            #expect(body.filter { $0.snippetId != nil }.count * 2 >= body.count, "\(occasion): body mostly gaps")
        }
    }

    /// What a writer would strike from the library's paragraphs: another place, another level's
    /// self-reference or national policy, a figure outside a marked gap, an office's internal talk
    /// outside an office audience; and any sentence said twice.
    static func problems(in draft: Draft, region: String, officeAudience: Bool) -> [String] {
        let annotator = ParagraphAnnotator(rules: ComposeFixtures.recognition, places: ComposeFixtures.places)
        let home = ComposeFixtures.places.resolve(region)!
        var problems: [String] = []
        for block in draft.blocks where block.snippetId != nil && block.type == .paragraph {
            let text = block.text.replacing(/【待补：[^】]*】/, with: "")
            let annotation = annotator.annotate(text, speechLevel: nil)
            for fact in annotation.facts {
                switch fact.kind {
                case .figure: problems.append("figure \(fact.text)")
                case .place:
                    if let place = ComposeFixtures.places.resolve(fact.text), !place.isRelated(to: home) {
                        problems.append("place \(fact.text)")
                    }
                default: break
                }
            }
            switch annotation.scope {
            case .national: problems.append("national: \(text.prefix(16))")
            case .district where home.level != .county || !region.hasSuffix("区"):
                problems.append("district: \(text.prefix(16))")
            case .office where !officeAudience: problems.append("office: \(text.prefix(16))")
            default: break
            }
        }
        var seen: Set<String> = []
        for block in draft.blocks {
            for sentence in block.text.split(whereSeparator: { "。！？；".contains($0) }) where sentence.count >= 12 {
                if !seen.insert(String(sentence)).inserted { problems.append("twice: \(sentence.prefix(16))") }
            }
        }
        return problems
    }
}
