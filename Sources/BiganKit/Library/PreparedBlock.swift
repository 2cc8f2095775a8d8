import Foundation

/// What the writer stores of one block besides its text, computed ahead of the transaction.
struct PreparedBlock: Sendable {
    /// A paragraph's dedup key; nil for a heading.
    var key: Data?
    /// The block's full-text index tokens (see `SearchAnalyzer`).
    var searchTokens: String
    var characterCount: Int
    /// The headings enclosing the block, a heading's own text last.
    var headingPath: HeadingPath

    /// Heading texts with their JSON text, as the library stores them.
    struct HeadingPath: Sendable {
        var texts: [String]
        var json: String

        init(texts: [String]) {
            self.texts = texts
            json = JSONArrayText.encode(texts)
        }
    }
}
