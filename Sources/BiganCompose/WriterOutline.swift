import BiganOutline

/// The writer's own 提纲, as a leader hands it down: headings with their levels, in order, in the
/// writer's words. `bigan draft --outline` fills each with library paragraphs.
public struct WriterOutline: Sendable, Equatable {
    public struct Heading: Sendable, Equatable {
        /// 1 for the top level (一、), 2 below it (（一）), and so on.
        public var level: Int
        /// The heading as written, marker included.
        public var text: String

        public init(level: Int, text: String) {
            self.level = level
            self.text = text
        }
    }

    public var headings: [Heading]

    public init(headings: [Heading]) {
        self.headings = headings
    }

    /// The headings of a parsed 提纲 (every speech's, in order); a line without a marker counts
    /// as a heading too when the file holds nothing but headings.
    public init(_ document: ParsedDocument) {
        let blocks = document.speeches.flatMap(\.blocks)
        let marked = blocks.filter { $0.type == .heading }.map { Heading(level: $0.level ?? 1, text: $0.text) }
        headings =
            marked.isEmpty
            ? blocks.filter { $0.type == .paragraph && Self.isBareTitle($0.text) }.map {
                Heading(level: 1, text: $0.text)
            }
            : marked
    }

    /// A short line with no sentence punctuation inside: an unmarked heading of a 提纲.
    static func isBareTitle(_ text: String) -> Bool {
        text.count <= 40 && !text.dropLast().contains { "。！？；".contains($0) }
    }
}
