import BiganLibrary

extension CatalogSnippet {
    /// The catalog's view of a store's snippet records, in their order: each with its theme
    /// weights (its tags' scores by theme) and its first occurrence, read by the store for all of
    /// them at once.
    package static func from(
        _ records: [SnippetRecord], tags: [TagRecord], origins: [Int64: OriginRecord]
    ) -> [CatalogSnippet] {
        var themes: [Int64: [String: Double]] = [:]
        for tag in tags { themes[tag.snippetId, default: [:]][tag.theme, default: 0] += tag.score }
        return records.map { record in
            let origin = origins[record.id]
            return CatalogSnippet(
                id: record.id, kind: record.kind, text: record.text, headingPath: record.headingPath,
                themes: themes[record.id] ?? [:], label: record.label, items: record.items,
                speechTitle: origin?.title, occasion: origin?.occasion,
                source: origin?.origin ?? DraftSource(file: "", speech: nil, line: 0), contentKey: record.contentKey,
                annotation: record.annotation, sourceLevel: origin?.level)
        }
    }
}
