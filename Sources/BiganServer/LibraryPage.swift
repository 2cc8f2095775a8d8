import BiganLibrary

/// The 片段库 page: `bigan stats` in words, and every imported file with a remove button.
enum LibraryPage {
    static func values(_ desk: ServerDesk) async throws -> [String: Any] {
        let stats = try await desk.stats()
        let files = try await desk.sourceFiles()
        return [
            "path": stats.path ?? desk.library.location, "files": stats.files, "speeches": stats.speeches,
            "snippets": stats.snippets, "sources": stats.sources, "duplicates": stats.duplicates,
            "headings": stats.headings, "themes": stats.themes, "tagged": stats.taggedSnippets,
            "size": String(format: "%.1f MB", Double(stats.size) / 1_048_576),
            "kinds": SnippetKind.allCases.map {
                ["name": PageValues.kindNames[$0] ?? $0.rawValue, "count": stats.kinds[$0.rawValue] ?? 0]
                    as [String: Any]
            },
            "folders": stats.folders.prefix(30).map {
                ["folder": $0.folder, "files": $0.files, "sources": $0.sources]
            },
            "hasFolders": !stats.folders.isEmpty, "sourceFiles": files.map { ["path": $0] }, "hasFiles": !files.isEmpty,
        ]
    }
}
