import BiganThemes
import Foundation

/// Library text as a speech is checked against it: a snippet (a paragraph, an opening …) or a
/// heading, with the facts of its own source (figures, places …) and every file it was found in.
public struct LibraryPassage: Sendable, Equatable {
    /// A passage is a snippet or a heading, each numbered by its own kind.
    public enum ID: Sendable, Hashable, Comparable {
        case snippet(Int64)
        case heading(Int64)
    }

    public var id: ID
    /// The text as written.
    public var text: String
    /// The facts its annotation found (empty for a heading, or when the library has not annotated it).
    public var facts: [Fact]
    /// Every place it was found, first occurrence first.
    public var sources: [Source]

    package init(id: ID, text: String, facts: [Fact], sources: [Source]) {
        self.id = id
        self.text = text
        self.facts = facts
        self.sources = sources
    }

    /// One place a passage was found: the stored file, the line, and the hash of the file's bytes
    /// when it was imported (a check leaves out the very file it checks).
    public struct Source: Sendable, Equatable {
        public var file: String
        public var line: Int
        public var contentHash: Data

        package init(file: String, line: Int, contentHash: Data) {
            self.file = file
            self.line = line
            self.contentHash = contentHash
        }
    }
}
