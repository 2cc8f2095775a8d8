import Foundation

extension InMemorySnippetCatalog {
    /// Snippets from parsed speeches: each paragraph becomes a snippet of its part's kind, tagged by `tagger`.
    public init(documents: [ParsedDocument], tagger: KeywordThemeTagger) {
        var snippets: [CatalogSnippet] = []
        for document in documents {
            let file = URL(fileURLWithPath: document.file).lastPathComponent
            for speech in document.speeches {
                var headings: [Int: String] = [:]
                for block in speech.blocks {
                    switch block.type {
                    case .salutation:
                        continue
                    case .heading:
                        let level = block.level ?? 1
                        headings = headings.filter { $0.key < level }
                        headings[level] = block.text
                    case .paragraph:
                        snippets.append(
                            CatalogSnippet(
                                id: Int64(snippets.count + 1), kind: Self.kind(of: block.part), text: block.text,
                                headingPath: headings.sorted { $0.key < $1.key }.map(\.value),
                                themes: tagger.themes(of: block.text), speechTitle: speech.title,
                                source: DraftSource(file: file, speech: speech.title, line: block.line)))
                    }
                }
            }
        }
        self.init(snippets)
    }

    /// Every .txt and .docx under `folder`, parsed by `SpeechReader`.
    public static func reading(folder: URL, tagger: KeywordThemeTagger) throws -> InMemorySnippetCatalog {
        let paths = (FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? [])
            .filter { ($0.hasSuffix(".txt") || $0.hasSuffix(".docx")) }.sorted()
        let documents = try paths.map { try SpeechReader().read(path: folder.appendingPathComponent($0).path) }
        return InMemorySnippetCatalog(documents: documents, tagger: tagger)
    }

    static func kind(of part: SpeechPart) -> SnippetKind {
        switch part {
        case .opening: return .opening
        case .transition: return .transition
        case .closing: return .closing
        case .body: return .paragraph
        }
    }
}
