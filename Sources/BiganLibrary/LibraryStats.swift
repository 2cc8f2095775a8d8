import BiganOutline

/// What the library holds, as `bigan stats` prints it.
public struct LibraryStats: Codable, Sendable, Equatable {
    /// Where the library lives (nil in memory).
    public var path: String?
    /// Imported files.
    public var files: Int
    public var speeches: Int
    /// Distinct snippets.
    public var snippets: Int
    /// Distinct snippets by kind (every kind listed, zeros included).
    public var kinds: [String: Int]
    /// Places snippets were found in: one per paragraph of every imported file.
    public var sources: Int
    /// Occurrences beyond the first of a snippet: reposted paragraphs stored once.
    public var duplicates: Int
    public var headings: Int
    /// Distinct themes, and snippets carrying at least one.
    public var themes: Int
    public var taggedSnippets: Int
    /// Size of the database in bytes.
    public var size: Int64
    public var schemaVersion: Int
    /// What the library holds by the folder its files came from, largest first.
    public var folders: [FolderCount]

    /// The files of one folder and the paragraphs found in them.
    public struct FolderCount: Codable, Sendable, Equatable {
        public var folder: String
        public var files: Int
        public var sources: Int

        public init(folder: String, files: Int, sources: Int) {
            self.folder = folder
            self.files = files
            self.sources = sources
        }

        /// Counts per folder from each file's path and paragraph count, largest first (ties by name).
        public static func grouping(_ files: [(path: String, sources: Int)]) -> [FolderCount] {
            var byFolder: [String: FolderCount] = [:]
            for file in files {
                let slash = file.path.lastIndex(of: "/")
                let folder = slash.map { String(file.path[..<$0]) } ?? "."
                byFolder[folder, default: FolderCount(folder: folder, files: 0, sources: 0)].files += 1
                byFolder[folder]!.sources += file.sources
            }
            return byFolder.values.sorted { ($0.sources, $1.folder) > ($1.sources, $0.folder) }
        }
    }

    public init(
        path: String?, files: Int, speeches: Int, snippets: Int, kinds: [String: Int], sources: Int, duplicates: Int,
        headings: Int, themes: Int, taggedSnippets: Int, size: Int64, schemaVersion: Int, folders: [FolderCount] = []
    ) {
        self.path = path
        self.files = files
        self.speeches = speeches
        self.snippets = snippets
        self.kinds = kinds
        self.sources = sources
        self.duplicates = duplicates
        self.headings = headings
        self.themes = themes
        self.taggedSnippets = taggedSnippets
        self.size = size
        self.schemaVersion = schemaVersion
        self.folders = folders
    }
}

extension LibraryStats {
    /// Whether two libraries hold as many rows of every kind (wherever and however they are stored).
    package func holdsTheSame(as other: LibraryStats) -> Bool {
        files == other.files && speeches == other.speeches && snippets == other.snippets && kinds == other.kinds
            && sources == other.sources && headings == other.headings && themes == other.themes
            && taggedSnippets == other.taggedSnippets
    }

    /// Whether the library holds nothing.
    package var isEmpty: Bool { files == 0 && speeches == 0 && snippets == 0 && headings == 0 }

    /// The counts as a user reads them in a message.
    package var countsDescription: String {
        "文件 \(files) 个，讲话 \(speeches) 篇，标题 \(headings) 个，片段 \(snippets) 条，出处 \(sources) 处，主题 \(themes) 个（已标注片段 \(taggedSnippets) 条）"
    }
}
