import BiganThemes

/// Every speech's level as `retag` works it out, alike in every engine: from the speech's title and
/// the texts of its snippets in their order, read from the store a row at a time.
package struct SpeechLevels {
    private let annotator: ParagraphAnnotator
    private let titles: [Int64: String?]
    private var levels: [Int64: Scope?] = [:]
    private var current: Int64?
    private var texts: [String] = []

    /// `titles` holds every speech of the library by id.
    package init(annotator: ParagraphAnnotator, titles: [Int64: String?]) {
        self.annotator = annotator
        self.titles = titles
    }

    /// Adds the text of a speech's next snippet; rows come by speech, then position.
    package mutating func add(speechId: Int64, text: String) {
        if speechId != current {
            close()
            current = speechId
        }
        texts.append(text)
    }

    /// The level of every speech (nil where its words show none).
    package mutating func finish() -> [Int64: Scope?] {
        close()
        current = nil
        for (id, title) in titles where levels[id] == nil {
            levels[id] = annotator.level(title: title, texts: [])
        }
        return levels
    }

    private mutating func close() {
        if let current { levels[current] = annotator.level(title: titles[current] ?? nil, texts: texts) }
        texts = []
    }
}
