import BiganText
import Foundation

/// What the writer stores of one block besides its text, computed ahead of the transaction.
package struct PreparedBlock: Sendable {
    /// A paragraph's dedup key; nil for a heading.
    package var key: Data?
    /// The block's full-text index tokens (see `SearchAnalyzer`).
    package var searchTokens: String
    package var characterCount: Int
    /// The headings enclosing the block, a heading's own text last.
    package var headingPath: HeadingPath

    package init(key: Data?, searchTokens: String, characterCount: Int, headingPath: HeadingPath) {
        self.key = key
        self.searchTokens = searchTokens
        self.characterCount = characterCount
        self.headingPath = headingPath
    }

    /// Heading texts with their JSON text, as the library stores them.
    package struct HeadingPath: Sendable {
        package var texts: [String]
        package var json: String

        package init(texts: [String]) {
            self.texts = texts
            json = JSONArrayText.encode(texts)
        }
    }
}
